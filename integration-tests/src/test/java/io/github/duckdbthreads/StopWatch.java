package io.github.duckdbthreads;

import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.database.ConnectionLease;
import io.github.duckdbthreads.core.database.ConnectionSource;
import io.github.duckdbthreads.core.run.RunObserver;
import io.github.duckdbthreads.core.workload.ReaderResult;
import io.github.duckdbthreads.core.workload.TaskEvents;

/**
 * Counts the tasks that complete, and notes how many had completed the moment the model first stopped
 * the run's database work ({@link ConnectionSource#interruptAll()}): what completes after that moment
 * had already begun its statement, or the stop did not stop it.
 */
final class StopWatch implements RunObserver {

    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger completedAtStop = new AtomicInteger(-1);
    private final AtomicInteger completedAtTheLease = new AtomicInteger(-1);
    private final Optional<String> leaseToMark;

    /** A watch that also notes how many tasks had completed when {@code task} got its connection. */
    StopWatch(String task) {
        this.leaseToMark = Optional.of(task);
    }

    StopWatch() {
        this.leaseToMark = Optional.empty();
    }

    /** Tasks that had completed when the marked task got its connection; -1 if it never got one. */
    int completedAtTheLease() {
        return completedAtTheLease.get();
    }

    /** Tasks that completed after the first stop; all of them when the run never stopped. */
    int completedAfterStop() {
        int atStop = completedAtStop.get();
        return atStop < 0 ? completed.get() : completed.get() - atStop;
    }

    /** Tasks that had completed the moment the model first stopped the run's database work. */
    int completedAtStop() {
        return completedAtStop.get();
    }

    boolean stopped() {
        return completedAtStop.get() >= 0;
    }

    @Override
    public TaskEvents taskEvents() {
        return new TaskEvents() {
            @Override
            public void read(ReaderResult result) {
            }

            @Override
            public void completed(Task task) {
                completed.incrementAndGet();
            }
        };
    }

    @Override
    public ConnectionSource connections(ConnectionSource source) {
        return new ConnectionSource() {
            @Override
            public ConnectionLease lease() throws SQLException {
                ConnectionLease lease = source.lease();
                // A task's virtual thread carries its task's name.
                if (leaseToMark.filter(Thread.currentThread().getName()::equals).isPresent()) {
                    completedAtTheLease.set(completed.get());
                }
                return lease;
            }

            @Override
            public void interruptAll() {
                completedAtStop.compareAndSet(-1, completed.get());
                source.interruptAll();
            }

            @Override
            public void close() throws SQLException {
                source.close();
            }
        };
    }
}
