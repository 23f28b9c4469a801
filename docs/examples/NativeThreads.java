import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * DuckDB runs native threads of its own beside the JVM's, a pool per database instance: they compete for
 * the same cores as the Java threads that call it. Counts this process's OS threads (Linux: /proc).
 */
public class NativeThreads {

    public static void main(String[] args) throws Exception {
        Class.forName("org.duckdb.DuckDBDriver");
        long before = osThreads();
        try (var connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            System.out.println("cores: " + Runtime.getRuntime().availableProcessors() + ", DuckDB threads setting: "
                    + setting(statement, "threads"));
            System.out.println("OS threads DuckDB added on opening the database: " + (osThreads() - before));
            statement.execute("SET threads = 1");
            System.out.println("after SET threads = 1: " + (osThreads() - before));
        }
        System.out.println("after closing it: " + (osThreads() - before));
    }

    static long osThreads() throws Exception {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.count();
        }
    }

    static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
