import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.duckdb.DuckDBConnection;

/**
 * One DuckDB instance and its connections: what duplicate() (Python's cursor()) shares, and what each
 * connection keeps of its own.
 */
public class Connections {

    public static void main(String[] args) throws SQLException {
        try (var root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
             var elsewhere = DriverManager.getConnection("jdbc:duckdb:");
             var duplicate = root.duplicate()) {
            run(root, "CREATE TABLE t (i INTEGER)");
            run(root, "INSERT INTO t VALUES (1)");
            System.out.println("another jdbc:duckdb: sees t:   " + first(elsewhere, "SELECT count(*) FROM t"));
            System.out.println("a duplicate sees t:            " + first(duplicate, "SELECT count(*) FROM t"));

            // Each connection has its own transaction: the duplicate sees the insert only once it is committed.
            run(root, "BEGIN TRANSACTION");
            run(root, "INSERT INTO t VALUES (2)");
            System.out.println("root, inside its transaction:  " + first(root, "SELECT count(*) FROM t"));
            System.out.println("duplicate, before the COMMIT:  " + first(duplicate, "SELECT count(*) FROM t"));
            run(root, "COMMIT");
            System.out.println("duplicate, after the COMMIT:   " + first(duplicate, "SELECT count(*) FROM t"));

            // Prepared statements and temporary tables belong to the connection that made them.
            run(root, "PREPARE answer AS SELECT 42");
            System.out.println("EXECUTE answer on the root:    " + first(root, "EXECUTE answer"));
            System.out.println("EXECUTE answer on a duplicate: " + first(duplicate, "EXECUTE answer"));

            // Settings are per connection (LOCAL) or per instance (GLOBAL): threads is the instance's.
            run(root, "SET threads = 1");
            System.out.println("threads after SET on the root: root " + first(root, "SELECT current_setting('threads')")
                    + ", duplicate " + first(duplicate, "SELECT current_setting('threads')")
                    + ", another instance " + first(elsewhere, "SELECT current_setting('threads')"));
        }
    }

    static String first(Connection connection, String sql) {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "(no rows)";
        } catch (SQLException e) {
            return "error: " + e.getMessage().lines().findFirst().orElse("");
        }
    }

    static void run(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
