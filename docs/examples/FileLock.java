import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * One process may open a database file read-write; several may open it read-only, as long as none has it
 * read-write. Run it in two terminals: {@code FileLock.java rw FILE 10} in one, then
 * {@code FileLock.java rw FILE 0} or {@code FileLock.java ro FILE 0} in the other.
 */
public class FileLock {

    public static void main(String[] args) throws Exception {
        boolean readOnly = args[0].equals("ro");
        String file = args[1];
        long holdSeconds = Long.parseLong(args[2]);
        Properties properties = new Properties();
        if (readOnly) {
            properties.setProperty("access_mode", "READ_ONLY");
        }
        try (var connection = DriverManager.getConnection("jdbc:duckdb:" + file, properties);
             Statement statement = connection.createStatement()) {
            if (!readOnly) {
                statement.execute("CREATE TABLE IF NOT EXISTS t AS SELECT 42 AS answer");
            }
            try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM t")) {
                rs.next();
                System.out.println((readOnly ? "read-only" : "read-write") + ": opened, holding it for "
                        + holdSeconds + " s");
            }
            Thread.sleep(holdSeconds * 1000);
        } catch (SQLException e) {
            System.out.println((readOnly ? "read-only" : "read-write") + ": " + e.getMessage());
        }
    }
}
