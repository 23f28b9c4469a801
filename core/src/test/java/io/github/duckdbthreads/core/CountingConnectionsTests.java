package io.github.duckdbthreads.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.sql.SQLException;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CountingConnectionsTests {

    @Test
    void countsLeasesHeldReturnedAndTheMostHeldAtOnce() throws SQLException {
        try (Database database = Database.open(new DatabaseLocation.InMemory());
             CountingConnections source = CountingConnections.around(database.connections(ConnectionPolicy.PER_THREAD))) {
            ConnectionLease first = source.lease();
            ConnectionLease second = source.lease();
            first.close();
            first.close();

            assertThat(source.counts()).isEqualTo(new CountingConnections.Counts(2, 1, 2, 1, 0));
            assertThat(source.counts().held()).isOne();
            second.close();
            assertThat(source.counts().held()).isZero();
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

    @Test
    void theRunIsCountedWhenTheModelReturnsBeforeItClosesWhatIsLeft() throws SQLException {
        ConnectionCounter counter = new ConnectionCounter();
        ConnectionLease[] forgotten = new ConnectionLease[1];
        // A lease taken beside the tasks and never given back, as a task that forgot its lease would.
        RunObserver forgetful = new RunObserver() {
            @Override
            public ConnectionSource connections(ConnectionSource source) {
                try {
                    forgotten[0] = source.lease();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return source;
            }
        };

        WorkloadRun.run(new DatabaseLocation.InMemory(), new Workload(3, 0, 6), new RunnerTests.InCallerThread(),
                Optional.empty(), counter.andThen(forgetful));

        assertThat(counter.atModelReturn().held()).as("held when the model returned").isOne();
        assertThat(counter.atModelReturn().leased()).as("the forgotten lease and three writers").isEqualTo(4);
        assertThat(counter.now().closed()).as("closed by the run").isEqualTo(counter.now().opened()).isEqualTo(4);
        assertThat(forgotten[0]).isNotNull();
    }
}
