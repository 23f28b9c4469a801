package io.github.duckdbthreads.compare;

import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.duckdb.DuckDBConnection;

/**
 * Where one task's time goes, on one thread: a writer as the guide writes it (duplicate the root, prepare
 * the INSERT, execute it, close both), step by step, against the same INSERT executed again on a kept
 * connection with its statement kept; beside them, a kept {@code SELECT 1} (what any statement costs) and
 * a writer that sends its INSERT through a plain {@code Statement}, the driver's one-call path, which takes
 * no parameters. N of each (5000 unless {@code --tasks N}) after N to warm up; the median of each step.
 *
 * <p>It needs nothing but DuckDB's driver, so that it runs with either driver on the class path, to
 * compare engines: {@code java -cp DUCKDB_JAR compare/src/main/java/io/github/duckdbthreads/compare/TaskCost.java}.
 * The first argument after {@code --tasks N} sets DuckDB's own worker threads ({@code threads}); without
 * it, DuckDB's default. Any further argument, {@code NAME=VALUE}, is another DuckDB setting (e.g.
 * {@code enable_optimizer=false}). {@code compare --task-cost} runs it in a JVM of its own and keeps what
 * it measured in its report and JSON.
 */
public final class TaskCost {

    static final int TASKS = 5000;
    static final String INSERT = "INSERT INTO my_inserts (thread_name) VALUES (?)";
    /** The same INSERT with its value written in; fine for a constant, never for a value from outside. */
    static final String INSERT_CONSTANT = "INSERT INTO my_inserts (thread_name) VALUES ('main')";

    /**
     * What one measurement found: the engine, its settings, and the median of each step, in microseconds,
     * in the order printed.
     *
     * @param duckdb   DuckDB's version, as the engine reports it
     * @param threads  DuckDB's worker threads during the measurement
     * @param settings the settings given, {@code NAME=VALUE}, besides {@code threads}
     * @param tasks    how many of each were timed, after as many to warm up
     */
    public record Steps(String duckdb, long threads, String settings, int tasks, double duplicateUs,
                        double prepareUs, double executeUs, double closeUs, double keptExecuteUs,
                        double keptSelect1Us, double oneStatementUs) {

        /** What {@code main} prints: the engine, then a line per step. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add(String.format("DuckDB %s, %d worker threads%s", duckdb, threads,
                    settings.isEmpty() ? "" : ", " + settings));
            lines.add(String.format("per task, median of %d:", tasks));
            byLabel().forEach((step, micros) -> lines.add(String.format("  %-29s %6.0f us", step, micros)));
            return lines;
        }

        /** Each step's median, by the label it is printed with, in the order printed. */
        public Map<String, Double> byLabel() {
            Map<String, Double> steps = new LinkedHashMap<>();
            steps.put("duplicate the root", duplicateUs);
            steps.put("prepare the INSERT", prepareUs);
            steps.put("execute it", executeUs);
            steps.put("close statement, connection", closeUs);
            steps.put("execute on a kept connection", keptExecuteUs);
            steps.put("a kept SELECT 1", keptSelect1Us);
            steps.put("a whole task, one Statement", oneStatementUs);
            return steps;
        }
    }

    private TaskCost() {
    }

    public static void main(String[] args) {
        int tasks = TASKS;
        int first = 0;
        if (args.length >= 2 && args[0].equals("--tasks")) {
            tasks = positive(args[1]);
            first = 2;
        }
        Map<String, String> settings = new LinkedHashMap<>();
        if (args.length > first) {
            settings.put("threads", args[first]);
        }
        for (int i = first + 1; i < args.length; i++) {
            String[] setting = args[i].split("=", 2);
            if (setting.length != 2) {
                System.err.println("TaskCost: a setting is NAME=VALUE, got " + args[i]);
                System.exit(2);
            }
            settings.put(setting[0], setting[1]);
        }
        Steps steps;
        try {
            steps = measure(tasks, settings);
        } catch (SQLException e) {
            // e.g. a setting DuckDB does not know: its own words, on one line
            System.err.println("TaskCost: " + e.getMessage().lines().findFirst().orElse(e.toString()));
            System.exit(1);
            return;
        }
        steps.lines().forEach(System.out::println);
    }

    private static int positive(String text) {
        try {
            int value = Integer.parseInt(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        System.err.println("TaskCost: --tasks takes a positive whole number, got " + text);
        System.exit(2);
        return 0;
    }

    /**
     * Opens a database with these settings and closes it again, so that a setting DuckDB refuses is said
     * before anything is measured.
     *
     * @throws SQLException in DuckDB's own words, when it refuses one
     */
    static void check(Map<String, String> settings) throws SQLException {
        Properties properties = new Properties();
        properties.putAll(settings);
        DriverManager.getConnection("jdbc:duckdb:", properties).close();
    }

    /**
     * Times each step {@code tasks} times, twice, and keeps the second round.
     *
     * @param settings DuckDB settings for the database, {@code threads} among them or not
     */
    public static Steps measure(int tasks, Map<String, String> settings) throws SQLException {
        Properties properties = new Properties();
        properties.putAll(settings);
        try (var root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:", properties)) {
            String version;
            long threads;
            try (Statement statement = root.createStatement()) {
                statement.execute("CREATE TABLE my_inserts (thread_name VARCHAR, insert_time TIMESTAMP DEFAULT current_timestamp)");
                try (ResultSet engine = statement.executeQuery(
                        "SELECT library_version, current_setting('threads') FROM pragma_version()")) {
                    engine.next();
                    version = engine.getString(1);
                    threads = engine.getLong(2);
                }
            }
            long[][] fresh = new long[4][tasks];
            long[] kept = new long[tasks];
            long[] floor = new long[tasks];
            long[] oneCall = new long[tasks];
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < tasks; i++) {
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
                    for (int i = 0; i < tasks; i++) {
                        long start = System.nanoTime();
                        insert.setString(1, "main");
                        insert.executeUpdate();
                        kept[i] = System.nanoTime() - start;
                    }
                }
                try (DuckDBConnection connection = root.duplicate();
                     PreparedStatement select = connection.prepareStatement("SELECT 1")) {
                    for (int i = 0; i < tasks; i++) {
                        long start = System.nanoTime();
                        try (ResultSet one = select.executeQuery()) {
                            one.next();
                        }
                        floor[i] = System.nanoTime() - start;
                    }
                }
                for (int i = 0; i < tasks; i++) {
                    long start = System.nanoTime();
                    try (DuckDBConnection connection = root.duplicate();
                         Statement insert = connection.createStatement()) {
                        insert.executeUpdate(INSERT_CONSTANT);
                    }
                    oneCall[i] = System.nanoTime() - start;
                }
            }
            Map<String, String> others = new LinkedHashMap<>(settings);
            others.remove("threads");
            String given = String.join(", ", others.entrySet().stream()
                    .map(setting -> setting.getKey() + "=" + setting.getValue()).toList());
            return new Steps(version, threads, given, tasks, median(fresh[0]), median(fresh[1]), median(fresh[2]),
                    median(fresh[3]), median(kept), median(floor), median(oneCall));
        }
    }

    static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1000.0;
    }
}
