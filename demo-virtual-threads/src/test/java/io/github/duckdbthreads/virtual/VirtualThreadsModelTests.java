package io.github.duckdbthreads.virtual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.duckdbthreads.core.ConnectionPolicy;
import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskFailedException;
import io.github.duckdbthreads.core.TaskPhase;
import io.github.duckdbthreads.core.database.ConnectionLease;
import io.github.duckdbthreads.core.database.ConnectionSource;
import io.github.duckdbthreads.core.database.Database;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.workload.ReaderResult;
import io.github.duckdbthreads.core.workload.TaskEvents;
import io.github.duckdbthreads.core.workload.Workload;

/** The bounded scope when tasks fail: no permit is waited for in vain, and none is lost. */
class VirtualThreadsModelTests {

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
        List<Task> tasks = new Workload(200, 20, Workload.DEFAULT_SEED).tasks(source, IGNORED);

        ModelResult result = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> VirtualThreadsModel.bounded(maxInFlight).run(tasks, TaskPhase.unlimited(source::interruptAll)));

        assertThat(result.ending()).isEqualTo(ModelResult.Ending.CANCELLED_ON_FAILURE);
        assertThat(result.failures()).isNotEmpty()
                .allSatisfy(failure -> assertThat(failure.describe()).endsWith("failed: refused"));
        assertThat(source.leases.get()).isLessThan(tasks.size());
    }

    /**
     * The first task holds the only permit in a query that ends only when interrupted; the owner waits for
     * the permit. The scope's timeout cancels it, but only the owner stops the queries, once it is out of
     * its wait: the wait must end when the scope is cancelled, or the run would wait for ever.
     */
    @Test
    void theTimeoutEndsTheRunWhileTheOwnerWaitsForAPermit() throws Exception {
        Workload plain = new Workload(5, 0, Workload.DEFAULT_SEED);
        Workload workload = plain.withFaults(Set.of(), Set.of(plain.taskNames().getFirst()));
        try (Database database = Database.open(new DatabaseLocation.InMemory());
             ConnectionSource connections = database.connections(ConnectionPolicy.PER_TASK)) {
            List<Task> tasks = workload.tasks(connections, IGNORED);

            ModelResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> VirtualThreadsModel.bounded(1)
                    .run(tasks, new TaskPhase(Optional.of(Duration.ofMillis(500)), connections::interruptAll)));

            assertThat(result.ending()).isEqualTo(ModelResult.Ending.TIMED_OUT);
        }
    }

    /**
     * The first failure cancels the scope; a sibling already past its start fails right after, while the
     * scope is cancelled. Both are failures, each with its line: neither is counted as cancelled.
     */
    @Test
    void aFailureRacingTheCancellationIsReportedAsAFailure() {
        CountDownLatch secondRunning = new CountDownLatch(1);
        Task first = new Failing("write_thread_0", () -> {
            secondRunning.await();
        });
        Task second = new Failing("write_thread_1", () -> {
            secondRunning.countDown();
            // Spins until the first failure's cancellation interrupts this thread, then fails on its own.
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
        });

        ModelResult result = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> new VirtualThreadsModel(ConnectionPolicy.PER_TASK).run(List.of(first, second),
                        TaskPhase.unlimited(() -> { })));

        assertThat(result.ending()).isEqualTo(ModelResult.Ending.CANCELLED_ON_FAILURE);
        assertThat(result.failures()).extracting(failure -> failure.describe()).containsExactlyInAnyOrder(
                "write_thread_0 failed: write_thread_0 broke", "write_thread_1 failed: write_thread_1 broke");
    }

    /** A task that waits for its moment, then fails as DuckDB's refusal would. */
    private record Failing(String name, Moment before) implements Task {
        interface Moment {
            void await() throws InterruptedException;
        }

        @Override
        public void run() {
            try {
                before.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new TaskFailedException(name, new SQLException(name + " broke"));
        }
    }
}
