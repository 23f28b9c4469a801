import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The write path: 5000 rows as 5000 autocommit INSERTs through one prepared statement, against the same
 * rows through an Appender. Each is timed five times after a warm-up; the medians are printed.
 */
public class AppenderVsInsert {

    static final int ROWS = 5000;

    public static void main(String[] args) throws SQLException {
        inserts();
        appender();
        long[] inserts = new long[5];
        long[] appender = new long[5];
        for (int i = 0; i < 5; i++) {
            inserts[i] = inserts();
            appender[i] = appender();
        }
        System.out.printf("%d single-row INSERTs: median %.1f ms%n", ROWS, median(inserts) / 1e6);
        System.out.printf("%d rows through an Appender: median %.1f ms%n", ROWS, median(appender) / 1e6);
    }

    static long inserts() throws SQLException {
        try (var connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:")) {
            create(connection);
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO my_inserts (thread_name) VALUES (?)")) {
                for (int i = 0; i < ROWS; i++) {
                    insert.setString(1, "main");
                    insert.executeUpdate();
                }
            }
            return System.nanoTime() - start;
        }
    }

    static long appender() throws SQLException {
        try (var connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:")) {
            create(connection);
            long start = System.nanoTime();
            // An Appender belongs to the thread that made it; appendDefault() takes the column's default,
            // evaluated once, when the Appender is made.
            try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "my_inserts")) {
                for (int i = 0; i < ROWS; i++) {
                    appender.beginRow().append("main").appendDefault().endRow();
                }
            }
            return System.nanoTime() - start;
        }
    }

    static void create(DuckDBConnection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE my_inserts (thread_name VARCHAR, insert_time TIMESTAMP DEFAULT current_timestamp)");
        }
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
