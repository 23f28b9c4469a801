import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.duckdb.DuckDBConnection;

/**
 * current_timestamp is the start of the current transaction: ORDER BY insert_time sorts inserts by when
 * their transactions began, which need not be the order in which they committed.
 */
public class TransactionTime {

    public static void main(String[] args) throws Exception {
        try (var a = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
             var b = a.duplicate()) {
            run(a, "CREATE TABLE my_inserts (thread_name VARCHAR, insert_time TIMESTAMP DEFAULT current_timestamp)");

            run(a, "BEGIN");
            String before = now(a);
            Thread.sleep(200);
            System.out.println("inside one transaction, 200 ms apart: " + before + " and " + now(a));
            run(a, "COMMIT");

            // A begins first and commits last; B begins and commits in between.
            run(a, "BEGIN");
            Thread.sleep(50);
            run(b, "BEGIN");
            run(b, "INSERT INTO my_inserts (thread_name) VALUES ('B')");
            run(b, "COMMIT");
            Thread.sleep(50);
            run(a, "INSERT INTO my_inserts (thread_name) VALUES ('A')");
            run(a, "COMMIT");
            try (Statement statement = a.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT thread_name FROM my_inserts ORDER BY insert_time")) {
                StringBuilder order = new StringBuilder();
                while (rs.next()) {
                    order.append(rs.getString(1)).append(' ');
                }
                System.out.println("committed B then A; ORDER BY insert_time says: " + order.toString().strip());
            }
        }
    }

    static String now(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT current_timestamp::VARCHAR")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static void run(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
