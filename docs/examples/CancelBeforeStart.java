import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Statement.cancel() reaches DuckDB only while the statement runs: called before, it is forgotten. Called
 * during a query, it ends the query with an SQLTimeoutException.
 */
public class CancelBeforeStart {

    public static void main(String[] args) throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement statement = connection.createStatement()) {
                statement.cancel();
                try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM range(100000000)")) {
                    rs.next();
                    System.out.println("cancelled before it ran, the query ran anyway: count " + rs.getLong(1));
                }
            }
            try (Statement statement = connection.createStatement()) {
                // Cancels again and again until the query ends, as this project's sources do.
                Thread canceller = Thread.ofPlatform().daemon().start(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        try {
                            statement.cancel();
                            Thread.sleep(10);
                        } catch (SQLException | InterruptedException e) {
                            return;
                        }
                    }
                });
                try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM range(9223372036854775807)")) {
                    rs.next();
                } catch (SQLException e) {
                    System.out.println("cancelled while it ran: " + e.getClass().getName() + ": " + e.getMessage());
                } finally {
                    canceller.interrupt();
                    canceller.join();
                }
            }
        }
    }
}
