import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;

import org.duckdb.DuckDBConnection;

/**
 * Where one task's time goes, on one thread: a writer as the guide writes it (duplicate the root, prepare
 * the INSERT, execute it, close both), step by step, against the same INSERT executed again on a kept
 * connection with its statement kept. 5000 of each after 5000 to warm up; the median of each step.
 * An argument sets DuckDB's own worker threads ({@code threads}); without it, DuckDB's default. Run it
 * with either driver on the class path to compare engines: it prints the one it ran.
 */
public class TaskCost {

    static final int TASKS = 5000;
    static final String INSERT = "INSERT INTO my_inserts (thread_name) VALUES (?)";

    public static void main(String[] args) throws SQLException {
        Properties settings = new Properties();
        if (args.length > 0) {
            settings.setProperty("threads", args[0]);
        }
        try (var root = (DuckDBConnection) java.sql.DriverManager.getConnection("jdbc:duckdb:", settings)) {
            try (Statement statement = root.createStatement()) {
                statement.execute("CREATE TABLE my_inserts (thread_name VARCHAR, insert_time TIMESTAMP DEFAULT current_timestamp)");
                try (ResultSet engine = statement.executeQuery(
                        "SELECT library_version, current_setting('threads') FROM pragma_version()")) {
                    engine.next();
                    System.out.printf("DuckDB %s, %d worker threads%n", engine.getString(1), engine.getLong(2));
                }
            }
            long[][] fresh = new long[4][TASKS];
            long[] kept = new long[TASKS];
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < TASKS; i++) {
                    long start = System.nanoTime();
                    DuckDBConnection connection = root.duplicate();
                    long duplicated = System.nanoTime();
                    PreparedStatement insert = connection.prepareStatement(INSERT);
                    long prepared = System.nanoTime();
                    insert.setString(1, "main");
                    insert.executeUpdate();
                    long executed = System.nanoTime();
                    insert.close();
                    connection.close();
                    long closed = System.nanoTime();
                    fresh[0][i] = duplicated - start;
                    fresh[1][i] = prepared - duplicated;
                    fresh[2][i] = executed - prepared;
                    fresh[3][i] = closed - executed;
                }
                try (DuckDBConnection connection = root.duplicate();
                     PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    for (int i = 0; i < TASKS; i++) {
                        long start = System.nanoTime();
                        insert.setString(1, "main");
                        insert.executeUpdate();
                        kept[i] = System.nanoTime() - start;
                    }
                }
            }
            System.out.printf("per task, median of %d:%n", TASKS);
            System.out.printf("  duplicate the root            %6.0f us%n", median(fresh[0]));
            System.out.printf("  prepare the INSERT            %6.0f us%n", median(fresh[1]));
            System.out.printf("  execute it                    %6.0f us%n", median(fresh[2]));
            System.out.printf("  close statement, connection   %6.0f us%n", median(fresh[3]));
            System.out.printf("  execute on a kept connection  %6.0f us%n", median(kept));
        }
    }

    static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1000.0;
    }
}
