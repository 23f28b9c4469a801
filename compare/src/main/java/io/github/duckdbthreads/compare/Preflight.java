package io.github.duckdbthreads.compare;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.github.duckdbthreads.core.ConnectionPolicy;
import io.github.duckdbthreads.core.database.ConnectionLease;
import io.github.duckdbthreads.core.database.ConnectionSource;
import io.github.duckdbthreads.core.database.Database;
import io.github.duckdbthreads.core.database.DatabaseLocation;

/**
 * Opens the database once before any row runs, so that a database that cannot be used is one line at
 * the start rather than a failure in every row; and asks it which DuckDB it is.
 */
final class Preflight {

    private Preflight() {
    }

    /** @return e.g. {@code DuckDB v1.4.1 (duckdb_jdbc 2.0.0.1)} */
    static String duckdbVersion(DatabaseLocation location) throws SQLException {
        try (Database database = Database.open(location);
             ConnectionSource connections = database.connections(ConnectionPolicy.PER_TASK);
             ConnectionLease lease = connections.lease()) {
            PreparedStatement version = lease.prepare("SELECT library_version FROM pragma_version()");
            try (ResultSet rs = version.executeQuery()) {
                rs.next();
                return "DuckDB " + rs.getString(1) + " (duckdb_jdbc " + Database.driverVersion() + ")";
            }
        }
    }
}
