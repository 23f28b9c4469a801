package io.github.duckdbthreads.core.database;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.jar.JarFile;

import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

import io.github.duckdbthreads.core.ConnectionPolicy;

/**
 * Owns the root connection: opens the database, creates the guide's table, hands out sources of
 * duplicated connections, reads the result, and closes the root last. No other class opens, holds or
 * duplicates the root.
 *
 * <p>The root runs queries only for the thread that opened it ({@link #stats()}, {@link #threadNames()},
 * {@link #insertsByTime}); any other thread, a task's above all, gets an {@link IllegalStateException}.
 * Tasks reach the database only through the duplicates a {@link ConnectionSource} hands out.
 */
public final class Database implements AutoCloseable {

    static final String CREATE_TABLE = """
            CREATE OR REPLACE TABLE my_inserts (
                thread_name VARCHAR,
                insert_time TIMESTAMP DEFAULT current_timestamp
            )""";

    private static final String SELECT_BY_TIME = "SELECT * FROM my_inserts ORDER BY insert_time";

    private final DuckDBConnection root;
    private final Thread owner;
    private final List<ConnectionSource> sources = new CopyOnWriteArrayList<>();

    private Database(DuckDBConnection root) {
        this.root = root;
        this.owner = Thread.currentThread();
    }

    /**
     * Opens the database and (re)creates the guide's table in it.
     *
     * @throws ForeignDatabaseException if the file holds anything this project did not create there
     * @throws SQLException with DuckDB's reason if the database cannot be opened
     */
    public static Database open(DatabaseLocation location) throws SQLException {
        DuckDBConnection root = DriverManager.getConnection(location.jdbcUrl()).unwrap(DuckDBConnection.class);
        try {
            refuseForeignContent(location, root);
            try (Statement statement = root.createStatement()) {
                statement.execute(CREATE_TABLE);
            }
            return new Database(root);
        } catch (SQLException | RuntimeException e) {
            try {
                root.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * The guide replaces {@code my_inserts}; a database that holds anything else is somebody's data,
     * and a demo has no business replacing a table of theirs that happens to share the name.
     */
    private static void refuseForeignContent(DatabaseLocation location, Connection root) throws SQLException {
        Set<String> foreign = new TreeSet<>();
        try (Statement statement = root.createStatement();
             ResultSet tables = statement.executeQuery("""
                     SELECT table_name FROM information_schema.tables
                     WHERE table_catalog = current_database() AND table_name <> 'my_inserts'""")) {
            while (tables.next()) {
                foreign.add(tables.getString(1));
            }
        }
        try (Statement statement = root.createStatement();
             ResultSet columns = statement.executeQuery("""
                     SELECT string_agg(column_name || ' ' || data_type, ', ' ORDER BY ordinal_position)
                     FROM information_schema.columns
                     WHERE table_catalog = current_database() AND table_name = 'my_inserts'""")) {
            columns.next();
            String shape = columns.getString(1);
            if (shape != null && !shape.equals("thread_name VARCHAR, insert_time TIMESTAMP")) {
                foreign.add("my_inserts (" + shape + ")");
            }
        }
        if (!foreign.isEmpty()) {
            throw new ForeignDatabaseException(location, foreign);
        }
    }

    /** A source whose connections are duplicates of the root, handed out as the policy says. */
    public ConnectionSource connections(ConnectionPolicy policy) {
        // A platform thread: with every carrier pinned inside DuckDB, a virtual one might never run.
        return connections(policy, Thread.ofPlatform().name("query-interrupter").daemon().factory());
    }

    /** The same, with the thread that repeats a stop's cancels made by {@code interrupters}. */
    ConnectionSource connections(ConnectionPolicy policy, ThreadFactory interrupters) {
        ConnectionOpener duplicate = root::duplicate;
        ConnectionSource source = switch (policy) {
            case ConnectionPolicy.PerTask perTask -> new PerTaskConnections(duplicate, interrupters);
            case ConnectionPolicy.PerThread perThread -> new PerThreadConnections(duplicate, interrupters);
            case ConnectionPolicy.Pooled(int size) -> new PooledConnections(duplicate, interrupters, size);
        };
        sources.add(source);
        return source;
    }

    /** Row count and distinct thread names of {@code my_inserts}. */
    public TableStats stats() throws SQLException {
        checkOwner();
        try (Statement statement = root.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT count(*), count(DISTINCT thread_name) FROM my_inserts")) {
            rs.next();
            return new TableStats(rs.getLong(1), rs.getLong(2));
        }
    }

    /** Every thread name in {@code my_inserts}, with repeats, in no particular order. */
    public List<String> threadNames() throws SQLException {
        checkOwner();
        List<String> names = new ArrayList<>();
        try (Statement statement = root.createStatement();
             ResultSet rs = statement.executeQuery("SELECT thread_name FROM my_inserts")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /**
     * {@code SELECT * FROM my_inserts ORDER BY insert_time}, as much of it as a display shows: every row
     * up to {@code maxRows}, otherwise the first and last {@code keep / 2}. Streams the rest, so a run
     * of millions prints in constant memory.
     */
    public Frame insertsByTime(int maxRows, int keep) throws SQLException {
        checkOwner();
        try (Statement statement = root.createStatement();
             ResultSet rs = statement.executeQuery(SELECT_BY_TIME)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(meta.getColumnLabel(i));
            }
            List<List<Object>> head = new ArrayList<>();
            Deque<List<Object>> tail = new ArrayDeque<>();
            long total = 0;
            while (rs.next()) {
                List<Object> row = new ArrayList<>(columns.size());
                for (int i = 1; i <= columns.size(); i++) {
                    Object value = rs.getObject(i);
                    row.add(value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : value);
                }
                total++;
                if (head.size() < maxRows) {
                    head.add(row);
                }
                tail.addLast(row);
                if (tail.size() > keep / 2) {
                    tail.removeFirst();
                }
            }
            if (total <= maxRows) {
                return Frame.of(columns, head);
            }
            return new Frame(columns, head.subList(0, keep - keep / 2), List.copyOf(tail), total);
        }
    }

    /** The JDBC driver's release, e.g. {@code 2.0.0.1}: its metadata says {@code 1.0}, its jar's manifest has it. */
    public static String driverVersion() {
        try (JarFile jar = new JarFile(Path.of(DuckDBDriver.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI()).toFile())) {
            String version = jar.getManifest().getMainAttributes().getValue("Bundle-Version");
            return version == null ? "unknown" : version;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }

    private void checkOwner() {
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("the root connection runs queries only for the thread that opened it ("
                    + owner.getName() + "), not for " + Thread.currentThread().getName());
        }
    }

    /** Closes every source's connections, then the root; a failure of one does not keep the others open, nor hide theirs. */
    @Override
    public void close() throws SQLException {
        List<Closing> closings = new ArrayList<>();
        for (ConnectionSource source : sources) {
            closings.add(source::close);
        }
        closings.add(root::close);
        Closing.all(closings);
    }
}
