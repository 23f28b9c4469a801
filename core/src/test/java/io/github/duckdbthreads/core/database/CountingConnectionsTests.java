package io.github.duckdbthreads.core.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import io.github.duckdbthreads.core.ConnectionPolicy;

class CountingConnectionsTests {

    @Test
    void countsLeasesHeldReturnedAndTheMostHeldAtOnce() throws SQLException {
        try (Database database = Database.open(new DatabaseLocation.InMemory());
             CountingConnections source = CountingConnections.around(database.connections(ConnectionPolicy.PER_THREAD))) {
            ConnectionLease first = source.lease();
            ConnectionLease second = source.lease();
            first.close();
            first.close();

            assertThat(source.counts()).usingRecursiveComparison().ignoringFields("heldNanos")
                    .isEqualTo(new CountingConnections.Counts(2, 1, 2, 1, 0, 0));
            assertThat(source.counts().held()).isOne();
            second.close();
            assertThat(source.counts().held()).isZero();
        }
    }

    @Test
    void addsUpHowLongEachLeaseGivenBackWasHeld() throws SQLException {
        try (Database database = Database.open(new DatabaseLocation.InMemory());
             CountingConnections source = CountingConnections.around(database.connections(ConnectionPolicy.PER_THREAD))) {
            ConnectionLease stillHeld = source.lease();
            long before = System.nanoTime();
            ConnectionLease lease = source.lease();
            lease.prepare("SELECT 42").executeQuery().close();
            lease.close();
            long after = System.nanoTime();
            long held = source.counts().heldNanos();
            lease.close();

            assertThat(held).as("the one lease given back, held around its query").isPositive()
                    .isLessThanOrEqualTo(after - before);
            assertThat(source.counts().heldNanos()).as("a second close adds nothing").isEqualTo(held);
            stillHeld.close();
            assertThat(source.counts().heldNanos()).as("with the other lease given back").isGreaterThan(held);
        }
    }

    @Test
    void countsOnlySourcesTheDatabaseMade() {
        ConnectionSource foreign = new ConnectionSource() {
            @Override
            public ConnectionLease lease() {
                throw new UnsupportedOperationException();
            }

            @Override
            public void interruptAll() {
            }

            @Override
            public void close() {
            }
        };

        assertThatIllegalArgumentException().isThrownBy(() -> CountingConnections.around(foreign))
                .withMessageContaining("Database.connections");
    }
}
