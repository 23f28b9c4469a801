package io.github.duckdbthreads.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.duckdbthreads.core.ConnectionLease;
import io.github.duckdbthreads.core.ConnectionSource;
import io.github.duckdbthreads.core.ReaderResult;
import io.github.duckdbthreads.core.TaskEvents;
import io.github.duckdbthreads.core.TaskFailure;
import io.github.duckdbthreads.core.TaskPhase;
import io.github.duckdbthreads.core.Workload;
import io.github.duckdbthreads.virtual.VirtualThreadsModel;

/** The bounded row's model when tasks fail: the permits of tasks that never start must not be waited for. */
class BoundedVirtualThreadsTests {

    /** A source whose every lease fails, so every task that starts fails. */
    private static final class Refusing implements ConnectionSource {
        final AtomicInteger leases = new AtomicInteger();

        @Override
        public ConnectionLease lease() throws SQLException {
            leases.incrementAndGet();
            throw new SQLException("refused");
        }

        @Override
        public void interruptAll() {
        }

        @Override
        public void close() {
        }
    }

    private static final TaskEvents IGNORED = new TaskEvents() {
        @Override
        public void read(ReaderResult result) {
        }
    };

    @ParameterizedTest(name = "at most {0} in flight")
    @ValueSource(ints = {1, 2})
    void aFailedTaskEndsTheRunInsteadOfWaitingForPermitsThatNeverComeBack(int maxInFlight) {
        Refusing source = new Refusing();
        var tasks = new Workload(200, 20, Workload.DEFAULT_SEED).tasks(source, IGNORED);

        List<TaskFailure> failures = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> VirtualThreadsModel.bounded(maxInFlight).run(tasks, TaskPhase.unlimited(source)).failures());

        assertThat(failures).isNotEmpty()
                .allSatisfy(failure -> assertThat(failure.describe()).endsWith("failed: refused"));
        assertThat(source.leases.get()).isLessThan(tasks.size());
    }
}
