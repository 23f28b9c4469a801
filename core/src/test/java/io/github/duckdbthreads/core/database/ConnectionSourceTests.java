package io.github.duckdbthreads.core.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.duckdbthreads.core.ConnectionPolicy;

class ConnectionSourceTests {

    private Database database;

    /** The writers' and readers' statements, as the workload runs them. */
    private static final String INSERT = "INSERT INTO my_inserts (thread_name) VALUES (?)";
    private static final String COUNT = "SELECT ? AS thread_name, count(*) AS row_counter, current_timestamp FROM my_inserts";

    @BeforeEach
    void openInMemory() throws SQLException {
        database = Database.open(new DatabaseLocation.InMemory());
    }

    @AfterEach
    void close() throws SQLException {
        database.close();
    }

    @Test
    void perTaskOpensADuplicateForEveryLeaseAndClosesItWithTheLease() throws SQLException {
        try (CountingConnections source = CountingConnections.around(database.connections(ConnectionPolicy.PER_TASK))) {
            for (int i = 0; i < 3; i++) {
                try (ConnectionLease lease = source.lease()) {
                    insert(lease, "t" + i);
                }
                assertThat(source.counts().opened()).isEqualTo(i + 1);
                assertThat(source.counts().closed()).isEqualTo(i + 1);
            }
        }
        assertThat(database.stats().rows()).isEqualTo(3);
    }

    @Test
    void perTaskDuplicatesSeeTheSameInMemoryDatabase() throws SQLException {
        try (CountingConnections source = CountingConnections.around(database.connections(ConnectionPolicy.PER_TASK))) {
            try (ConnectionLease writer = source.lease(); ConnectionLease reader = source.lease()) {
                insert(writer, "seen");
                assertThat(count(reader)).isEqualTo(1);
            }
        }
    }

    @Test
    void perThreadKeepsOneConnectionAndItsStatementsPerThread() throws Exception {
        try (CountingConnections source = CountingConnections.around(database.connections(ConnectionPolicy.PER_THREAD))) {
            PreparedStatement first;
            try (ConnectionLease lease = source.lease()) {
                first = lease.prepare(INSERT);
            }
            try (ConnectionLease lease = source.lease()) {
                assertThat(lease.prepare(INSERT)).isSameAs(first);
            }
            assertThat(source.counts().opened()).isEqualTo(1);
            assertThat(source.counts().closed()).isZero();

            AtomicReference<PreparedStatement> other = new AtomicReference<>();
            Thread thread = Thread.ofPlatform().start(() -> {
                try (ConnectionLease lease = source.lease()) {
                    other.set(lease.prepare(INSERT));
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            thread.join();
            assertThat(other.get()).isNotNull().isNotSameAs(first);
            assertThat(source.counts().opened()).isEqualTo(2);
        }
    }

    @Test
    void closingTheSourceClosesEveryConnectionItHandedOut() throws SQLException {
        CountingConnections perThread = CountingConnections.around(database.connections(ConnectionPolicy.PER_THREAD));
        CountingConnections perTask = CountingConnections.around(database.connections(ConnectionPolicy.PER_TASK));
        perThread.lease();
        ConnectionLease forgotten = perTask.lease();

        perThread.close();
        perTask.close();

        assertThat(perThread.counts().closed()).isEqualTo(perThread.counts().opened()).isEqualTo(1);
        assertThat(perTask.counts().closed()).isEqualTo(perTask.counts().opened()).isEqualTo(1);
        forgotten.close(); // closing again is harmless and not counted twice
        assertThat(perTask.counts().closed()).isEqualTo(1);
    }

    @Test
    void refusesLeasesOnceClosed() throws SQLException {
        CountingConnections source = CountingConnections.around(database.connections(ConnectionPolicy.PER_TASK));
        source.close();

        assertThatExceptionOfType(SQLException.class).isThrownBy(source::lease).withMessageContaining("closed");
        assertThat(source.counts().opened()).isZero();
    }

    @Test
    void theDatabaseClosesSourcesItHandedOut() throws SQLException {
        CountingConnections source = CountingConnections.around(database.connections(ConnectionPolicy.PER_TASK));
        source.lease();

        database.close();

        assertThat(source.counts().closed()).isEqualTo(source.counts().opened()).isEqualTo(1);
        database = Database.open(new DatabaseLocation.InMemory());
    }

    private static void insert(ConnectionLease lease, String name) throws SQLException {
        PreparedStatement insert = lease.prepare(INSERT);
        insert.setString(1, name);
        insert.executeUpdate();
    }

    private static long count(ConnectionLease lease) throws SQLException {
        PreparedStatement count = lease.prepare(COUNT);
        count.setString(1, "reader");
        try (ResultSet rs = count.executeQuery()) {
            rs.next();
            return rs.getLong(2);
        }
    }
}
