package io.github.duckdbthreads;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Run as a second JVM by tests: prints the rows of {@code my_inserts} in a file, or DuckDB's reason it could not. */
public final class RowCounter {

    private RowCounter() {
    }

    public static void main(String[] args) {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[0]);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM my_inserts")) {
            rs.next();
            System.out.println(rs.getLong(1));
        } catch (SQLException e) {
            System.out.println(e.getMessage());
        }
    }
}
