package io.github.duckdbthreads.core.database;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens one more connection to the database; the {@link Database} hands sources one that duplicates its root. */
@FunctionalInterface
interface ConnectionOpener {
    Connection open() throws SQLException;
}
