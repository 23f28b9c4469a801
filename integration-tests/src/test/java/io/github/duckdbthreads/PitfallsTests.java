package io.github.duckdbthreads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.github.duckdbthreads.core.ConnectionPolicy;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.workload.Workload;
import io.github.duckdbthreads.virtual.VirtualThreadsModel;

/** The pitfalls of docs/pitfalls.md that a test can show. */
class PitfallsTests {

    /**
     * A connection kept per thread is a pool under a pool of threads; under a thread per task it is a
     * connection per task, none reused, every one kept until the run closes the source.
     */
    @Test
    void aPerThreadCacheUnderVirtualThreadsKeepsAConnectionPerTask() throws Exception {
        CheckedRun run = CheckedRun.run(new DatabaseLocation.InMemory(), Workload.guide(),
                new VirtualThreadsModel(ConnectionPolicy.PER_THREAD));

        assertThat(run.result().completed()).isEqualTo(55);
        assertThat(run.atModelReturn().opened()).as("connections opened").isEqualTo(55);
        assertThat(run.atModelReturn().opened() - run.atModelReturn().closed())
                .as("connections still open when the model returned").isEqualTo(55);
        assertThat(run.atEnd().closed()).as("closed by the run, at the end").isEqualTo(55);
    }

    /** The same tasks, with a pool of two: two connections serve them all, and none is left open by a task. */
    @Test
    void aPoolUnderVirtualThreadsKeepsAsManyConnectionsAsItHolds() throws Exception {
        CheckedRun run = CheckedRun.run(new DatabaseLocation.InMemory(), Workload.guide(),
                new VirtualThreadsModel(ConnectionPolicy.pooled(2)));

        assertThat(run.result().completed()).isEqualTo(55);
        assertThat(run.atModelReturn().opened()).as("connections opened").isBetween(1, 2);
        assertThat(run.atModelReturn().held()).isZero();
    }
}
