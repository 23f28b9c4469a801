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
 * connection with its statement kept; beside them, a kept {@code SELECT 1} (what any statement costs) and
 * a writer that sends its INSERT through a plain {@code Statement}, the driver's one-call path, which takes
 * no parameters. 5000 of each after 5000 to warm up; the median of each step.
 * The first argument sets DuckDB's own worker threads ({@code threads}); without it, DuckDB's default.
 * Any further argument, {@code NAME=VALUE}, is another DuckDB setting (e.g. {@code enable_optimizer=false}).
 * Run it with either driver on the class path to compare engines: it prints the one it ran.
 */
public class TaskCost {

    static final int TASKS = 5000;
    static final String INSERT = "INSERT INTO my_inserts (thread_name) VALUES (?)";
    /** The same INSERT with its value written in; fine for a constant, never for a value from outside. */
    static final String INSERT_CONSTANT = "INSERT INTO my_inserts (thread_name) VALUES ('main')";

    public static void main(String[] args) throws SQLException {
        Properties settings = new Properties();
        if (args.length > 0) {
            settings.setProperty("threads", args[0]);
        }
        for (int i = 1; i < args.length; i++) {
            String[] setting = args[i].split("=", 2);
            if (setting.length != 2) {
                System.err.println("TaskCost: a setting is NAME=VALUE, got " + args[i]);
                System.exit(2);
            }
            settings.setProperty(setting[0], setting[1]);
        }
        try (var root = (DuckDBConnection) java.sql.DriverManager.getConnection("jdbc:duckdb:", settings)) {
            try (Statement statement = root.createStatement()) {
                statement.execute("CREATE TABLE my_inserts (thread_name VARCHAR, insert_time TIMESTAMP DEFAULT current_timestamp)");
                try (ResultSet engine = statement.executeQuery(
                        "SELECT library_version, current_setting('threads') FROM pragma_version()")) {
                    engine.next();
                    System.out.printf("DuckDB %s, %d worker threads%s%n", engine.getString(1), engine.getLong(2),
                            args.length > 1 ? ", " + String.join(", ", Arrays.copyOfRange(args, 1, args.length)) : "");
                }
            }
            long[][] fresh = new long[4][TASKS];
            long[] kept = new long[TASKS];
            long[] floor = new long[TASKS];
            long[] oneCall = new long[TASKS];
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
                try (DuckDBConnection connection = root.duplicate();
                     PreparedStatement select = connection.prepareStatement("SELECT 1")) {
                    for (int i = 0; i < TASKS; i++) {
                        long start = System.nanoTime();
                        try (ResultSet one = select.executeQuery()) {
                            one.next();
                        }
                        floor[i] = System.nanoTime() - start;
                    }
                }
                for (int i = 0; i < TASKS; i++) {
                    long start = System.nanoTime();
                    try (DuckDBConnection connection = root.duplicate();
                         Statement insert = connection.createStatement()) {
                        insert.executeUpdate(INSERT_CONSTANT);
                    }
                    oneCall[i] = System.nanoTime() - start;
                }
            }
            System.out.printf("per task, median of %d:%n", TASKS);
            System.out.printf("  duplicate the root            %6.0f us%n", median(fresh[0]));
            System.out.printf("  prepare the INSERT            %6.0f us%n", median(fresh[1]));
            System.out.printf("  execute it                    %6.0f us%n", median(fresh[2]));
            System.out.printf("  close statement, connection   %6.0f us%n", median(fresh[3]));
            System.out.printf("  execute on a kept connection  %6.0f us%n", median(kept));
            System.out.printf("  a kept SELECT 1               %6.0f us%n", median(floor));
            System.out.printf("  a whole task, one Statement   %6.0f us%n", median(oneCall));
        }
    }

    static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1000.0;
    }
}
