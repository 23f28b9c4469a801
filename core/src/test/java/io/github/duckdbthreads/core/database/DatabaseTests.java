package io.github.duckdbthreads.core.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.duckdbthreads.core.ConnectionPolicy;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.workload.Workload;

class DatabaseTests {

    @TempDir
    Path dir;

    @Test
    void createsTheGuidesTableEmpty() throws SQLException {
        try (Database database = Database.open(new DatabaseLocation.InMemory())) {
            assertThat(database.stats()).isEqualTo(new TableStats(0, 0));
            assertThat(database.insertsByTime(60, 10).columns()).containsExactly("thread_name", "insert_time");
        }
    }

    @Test
    void replacesTheTableItCreatedOnAnEarlierRun() throws SQLException {
        Path file = dir.resolve("again.duckdb");
        try (Database database = Database.open(new DatabaseLocation.OnDisk(file));
             ConnectionSource source = database.connections(ConnectionPolicy.PER_TASK)) {
            new Workload(1, 0, Workload.DEFAULT_SEED).tasks(source, result -> { }).forEach(Task::run);
            assertThat(database.stats().rows()).isEqualTo(1);
        }
        try (Database database = Database.open(new DatabaseLocation.OnDisk(file))) {
            assertThat(database.stats().rows()).isZero();
        }
    }

    @Test
    void leavesADatabaseWithOtherTablesUntouched() throws SQLException {
        Path file = dir.resolve("theirs.duckdb");
        try (Connection theirs = DriverManager.getConnection("jdbc:duckdb:" + file);
             Statement statement = theirs.createStatement()) {
            statement.execute("CREATE TABLE orders (id INTEGER)");
            statement.execute("CREATE TABLE my_inserts (thread_name VARCHAR, insert_time TIMESTAMP)");
            statement.execute("INSERT INTO my_inserts VALUES ('precious', now())");
        }

        assertThatExceptionOfType(ForeignDatabaseException.class)
                .isThrownBy(() -> Database.open(new DatabaseLocation.OnDisk(file)))
                .withMessageContaining("orders").withMessageContaining("left untouched");

        assertThat(countRows(file, "my_inserts")).isEqualTo(1);
    }

    @Test
    void leavesATableOfTheSameNameButAnotherShapeUntouched() throws SQLException {
        Path file = dir.resolve("shape.duckdb");
        try (Connection theirs = DriverManager.getConnection("jdbc:duckdb:" + file);
             Statement statement = theirs.createStatement()) {
            statement.execute("CREATE TABLE my_inserts (id INTEGER)");
            statement.execute("INSERT INTO my_inserts VALUES (1), (2)");
        }

        assertThatExceptionOfType(ForeignDatabaseException.class)
                .isThrownBy(() -> Database.open(new DatabaseLocation.OnDisk(file)))
                .withMessageContaining("my_inserts (id INTEGER)");

        assertThat(countRows(file, "my_inserts")).isEqualTo(2);
    }

    @Test
    void keepsTheFirstAndLastRowsOfALongResultInOrder() throws SQLException {
        try (Database database = Database.open(new DatabaseLocation.InMemory());
             ConnectionSource source = database.connections(ConnectionPolicy.PER_TASK);
             ConnectionLease lease = source.lease()) {
            var insert = lease.prepare("INSERT INTO my_inserts VALUES (?, ?)");
            // Inserted out of order, so only ORDER BY insert_time puts them right.
            for (int i = 61; i >= 0; i--) {
                insert.setString(1, "row_" + i);
                insert.setObject(2, LocalDateTime.of(2026, 1, 1, 0, 0).plusSeconds(i));
                insert.executeUpdate();
            }

            Frame frame = database.insertsByTime(60, 10);

            assertThat(frame.totalRows()).isEqualTo(62);
            assertThat(frame.head()).extracting(row -> row.getFirst())
                    .containsExactly("row_0", "row_1", "row_2", "row_3", "row_4");
            assertThat(frame.tail()).extracting(row -> row.getFirst())
                    .containsExactly("row_57", "row_58", "row_59", "row_60", "row_61");
            assertThat(frame.head().getFirst().get(1)).isEqualTo(LocalDateTime.of(2026, 1, 1, 0, 0));
        }
    }

    @Test
    void keepsEveryRowOfAResultThatFits() throws SQLException {
        try (Database database = Database.open(new DatabaseLocation.InMemory());
             ConnectionSource source = database.connections(ConnectionPolicy.PER_TASK)) {
            new Workload(60, 0, Workload.DEFAULT_SEED).tasks(source, result -> { }).forEach(Task::run);

            Frame frame = database.insertsByTime(60, 10);

            assertThat(frame.truncated()).isFalse();
            assertThat(frame.head()).hasSize(60);
            assertThat(frame.tail()).isEqualTo(List.of());
        }
    }

    @Test
    void runsRootQueriesOnlyForTheThreadThatOpenedIt() throws Exception {
        try (Database database = Database.open(new DatabaseLocation.InMemory())) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread other = Thread.ofPlatform().name("a-task").start(() -> {
                try {
                    database.stats();
                } catch (Throwable e) {
                    thrown.set(e);
                }
            });
            other.join();

            assertThat(thrown.get()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("only for the thread that opened it").hasMessageContaining("a-task");
            assertThat(database.stats().rows()).isZero();
        }
    }

    static long countRows(Path file, String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
