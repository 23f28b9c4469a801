package io.github.duckdbthreads.core.workload;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.github.duckdbthreads.core.database.ConnectionLease;

/** What a task is told to do wrong, so that each model's reaction can be seen on demand. */
enum Fault {

    /** Does its work. */
    NONE,

    /** Runs a statement DuckDB rejects, instead of its work: {@code --fail-task}. */
    FAIL,

    /** Runs a query that ends only when interrupted, before its work: {@code --stall-task}. */
    STALL;

    /** A real SQL error from DuckDB, raised on the task's own connection. */
    static final String FAILING_SQL = "SELECT error(? || ' was told to fail (--fail-task)')";

    /**
     * Counts a range too long to finish in any run's lifetime; DuckDB checks for interruption between
     * chunks, so an interrupt ends it within milliseconds.
     */
    static final String STALLING_SQL = "SELECT count(*) FROM range(9223372036854775807)";

    /** Does what the fault says on the task's connection, before the task's own work. */
    void inject(String task, ConnectionLease lease) throws SQLException {
        switch (this) {
            case NONE -> {
            }
            case FAIL -> {
                PreparedStatement failing = lease.prepare(FAILING_SQL);
                failing.setString(1, task);
                failing.executeQuery().close();
            }
            case STALL -> {
                try (ResultSet rs = lease.prepare(STALLING_SQL).executeQuery()) {
                    rs.next();
                }
            }
        }
    }
}
