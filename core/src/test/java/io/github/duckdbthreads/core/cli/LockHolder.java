package io.github.duckdbthreads.core.cli;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Run as a separate process by tests: holds a database file open until its standard input closes. */
public final class LockHolder {

    private LockHolder() {
    }

    @SuppressWarnings("try") // the connection is held for its lock, never used
    public static void main(String[] args) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[0])) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() != -1) {
                // Hold the lock until the test closes our input or kills us.
            }
        }
    }
}
