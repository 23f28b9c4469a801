import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one SQL statement against a database file and prints the result, a row per line:
 * {@code Query.java my.duckdb "SELECT count(*) FROM my_inserts"}. Opens the file read-only, so it never
 * changes it, and fails, with DuckDB's reason, while a demo holds the file.
 */
public class Query {

    public static void main(String[] args) throws SQLException {
        if (args.length != 2) {
            System.err.println("usage: Query.java FILE SQL");
            System.exit(2);
        }
        try (var connection = DriverManager.getConnection("jdbc:duckdb:" + args[0] + ";access_mode=READ_ONLY");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(args[1])) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values.add(String.valueOf(rs.getObject(i)));
                }
                System.out.println(String.join(" | ", values));
            }
        }
    }
}
