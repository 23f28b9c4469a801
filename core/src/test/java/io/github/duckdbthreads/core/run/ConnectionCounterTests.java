package io.github.duckdbthreads.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.duckdbthreads.core.InCallerThread;
import io.github.duckdbthreads.core.database.ConnectionLease;
import io.github.duckdbthreads.core.database.ConnectionSource;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.workload.Workload;

class ConnectionCounterTests {

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

        WorkloadRun.run(new DatabaseLocation.InMemory(), new Workload(3, 0, 6), new InCallerThread(),
                Optional.empty(), counter.andThen(forgetful));

        assertThat(counter.atModelReturn().held()).as("held when the model returned").isOne();
        assertThat(counter.atModelReturn().leased()).as("the forgotten lease and three writers").isEqualTo(4);
        assertThat(counter.now().closed()).as("closed by the run").isEqualTo(counter.now().opened()).isEqualTo(4);
        assertThat(forgotten[0]).isNotNull();
    }
}
