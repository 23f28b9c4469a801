/**
 * The database and the only ways into it. {@link io.github.duckdbthreads.core.database.Database} owns the
 * root connection: it opens the file or the in-memory database, refuses one that holds somebody else's
 * data, creates the guide's table, hands out connection sources, reads the result, and closes the root
 * last. A {@link io.github.duckdbthreads.core.database.ConnectionSource} hands a task a
 * {@link io.github.duckdbthreads.core.database.ConnectionLease} on a duplicate of the root (per task, per
 * thread, or pooled, as the {@link io.github.duckdbthreads.core.ConnectionPolicy} says) and, when the run
 * stops, refuses every task that has not begun its statement and cancels the statements in flight.
 *
 * <p>Public: the database, its location, the source and lease interfaces, the counting decorator used by
 * checks and measurements, and the values read back. The sources themselves and their raw connections are
 * package-private: no task, model or command reaches a {@code java.sql.Connection} from outside.
 */
package io.github.duckdbthreads.core.database;
