package io.github.duckdbthreads;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskPhase;
import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.database.ConnectionLease;
import io.github.duckdbthreads.core.database.ConnectionSource;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.run.RunObserver;
import io.github.duckdbthreads.core.workload.Workload;

/** The checks every run ends with fail on a run that leaves something behind. */
class RunChecksTests {

    private static final DatabaseLocation MEMORY = new DatabaseLocation.InMemory();

    @Test
    void failOnATaskThatNeverGivesItsConnectionBack() throws SQLException {
        Workload workload = new Workload(5, 0, Workload.DEFAULT_SEED);

        CheckedRun run = CheckedRun.run(MEMORY, workload, Model.PLATFORM.model(workload), Optional.empty(),
                result -> { }, new KeepingTheFirstLease());

        assertThatExceptionOfType(AssertionError.class)
                .isThrownBy(() -> RunChecks.nothingLostNothingLeftBehind(Model.PLATFORM, run))
                .withMessageContaining("connections tasks still held when the model returned");
    }

    @Test
    void failAtOnceOnAThreadThatOutlivesTheRunEvenWithoutAName() throws Exception {
        Workload workload = new Workload(5, 0, Workload.DEFAULT_SEED);
        CountDownLatch release = new CountDownLatch(1);
        Returning early = new Returning(release);
        try {
            CheckedRun run = CheckedRun.run(MEMORY, workload, early);

            assertThatExceptionOfType(AssertionError.class)
                    .isThrownBy(() -> RunChecks.nothingLostNothingLeftBehind(Model.VIRTUAL, run))
                    .withMessageContaining("threads that ran a task, alive after the run");
        } finally {
            release.countDown();
            for (Thread thread : early.threads) {
                thread.join();
            }
        }
    }

    /** Wraps each task's lease so that the first one ever handed out is never given back to the source. */
    private static final class KeepingTheFirstLease implements RunObserver {
        @Override
        public ConnectionSource connections(ConnectionSource source) {
            AtomicBoolean kept = new AtomicBoolean();
            return new ConnectionSource() {
                @Override
                public ConnectionLease lease() throws SQLException {
                    ConnectionLease lease = source.lease();
                    boolean keep = kept.compareAndSet(false, true);
                    return new ConnectionLease() {
                        @Override
                        public PreparedStatement prepare(String sql) throws SQLException {
                            return lease.prepare(sql);
                        }

                        @Override
                        public void close() throws SQLException {
                            if (!keep) {
                                lease.close();
                            }
                        }
                    };
                }

                @Override
                public void interruptAll() {
                    source.interruptAll();
                }

                @Override
                public void close() throws SQLException {
                    source.close();
                }
            };
        }
    }

    /**
     * Runs each task on an unnamed virtual thread, as a structured scope's threads are before they take a
     * task's name, and returns once every task has completed, leaving the threads alive until released.
     */
    private static final class Returning implements ThreadingModel {
        private final CountDownLatch release;
        private final List<Thread> threads = new ArrayList<>();

        Returning(CountDownLatch release) {
            this.release = release;
        }

        @Override
        public String name() {
            return "returning-early";
        }

        @Override
        public ModelResult run(List<? extends Task> tasks, TaskPhase phase) {
            CountDownLatch done = new CountDownLatch(tasks.size());
            for (Task task : tasks) {
                threads.add(Thread.ofVirtual().start(() -> {
                    task.run();
                    done.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ModelResult(List.of(), ModelResult.Ending.ALL_ENDED);
        }
    }
}
