import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import org.duckdb.DuckDBConnection;

/**
 * Where one task's time goes, on one thread: a writer as the guide writes it (duplicate the root, prepare
 * the INSERT, execute it, close both), step by step, against the same INSERT executed again on a kept
 * connection with its statement kept. 5000 of each after 5000 to warm up; the median of each step.
 */
public class TaskCost {

    static final int TASKS = 5000;
    static final String INSERT = "INSERT INTO my_inserts (thread_name) VALUES (?)";

    public static void main(String[] args) throws SQLException {
        try (var root = (DuckDBConnection) java.sql.DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement statement = root.createStatement()) {
                statement.execute("CREATE TABLE my_inserts (thread_name VARCHAR, insert_time TIMESTAMP DEFAULT current_timestamp)");
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
