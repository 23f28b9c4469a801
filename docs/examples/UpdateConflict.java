import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.duckdb.DuckDBConnection;

/**
 * DuckDB's optimistic concurrency control, with two connections to one database: inserts into the same
 * table never conflict; updates of the same row do, and the second one fails at once.
 */
public class UpdateConflict {

    public static void main(String[] args) throws SQLException {
        try (var root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
             var a = root.duplicate();
             var b = root.duplicate()) {
            run(root, "root", "CREATE TABLE t (id INTEGER, v VARCHAR)");
            run(root, "root", "INSERT INTO t VALUES (1, 'init'), (2, 'init')");

            System.out.println("--- both insert into the same table, in open transactions");
            run(a, "A", "BEGIN");
            run(b, "B", "BEGIN");
            run(a, "A", "INSERT INTO t VALUES (3, 'A')");
            run(b, "B", "INSERT INTO t VALUES (4, 'B')");
            run(a, "A", "COMMIT");
            run(b, "B", "COMMIT");

            System.out.println("--- both update the same row");
            run(a, "A", "BEGIN");
            run(b, "B", "BEGIN");
            run(a, "A", "UPDATE t SET v = 'A' WHERE id = 1");
            run(b, "B", "UPDATE t SET v = 'B' WHERE id = 1");
            run(a, "A", "COMMIT");
            run(b, "B", "ROLLBACK");

            System.out.println("--- both update different rows of the same table");
            run(a, "A", "BEGIN");
            run(b, "B", "BEGIN");
            run(a, "A", "UPDATE t SET v = 'A2' WHERE id = 1");
            run(b, "B", "UPDATE t SET v = 'B2' WHERE id = 2");
            run(a, "A", "COMMIT");
            run(b, "B", "COMMIT");

            try (Statement statement = root.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT string_agg(id || '=' || v, ', ' ORDER BY id) FROM t")) {
                rs.next();
                System.out.println("table: " + rs.getString(1));
            }
        }
    }

    static void run(Connection connection, String who, String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            System.out.println(who + " ok      " + sql);
        } catch (SQLException e) {
            System.out.println(who + " FAILED  " + sql + "\n        " + e.getMessage());
        }
    }
}
