package io.github.duckdbthreads.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What a model is given besides its tasks: how long the task phase may last, and how to stop the
 * database work in flight. Interrupting a thread does not reach a statement running inside DuckDB's
 * native code, so a model that stops its tasks calls {@link #interruptQueries()} as well.
 *
 * @param timeout          how long the tasks may run, counted from the moment the model is handed them,
 *                         before the model stops them; empty for no limit
 * @param interruptQueries stops the run's database work: every task that has not begun its statement
 *                         gives up at its next step (asking for a connection, waiting for one, preparing
 *                         its statement), and every statement executing is interrupted; any thread may
 *                         call it, any number of times, and it returns at once
 */
public record TaskPhase(Optional<Duration> timeout, Runnable interruptQueries) {

    public TaskPhase {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(interruptQueries, "interruptQueries");
        timeout.ifPresent(limit -> {
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, got " + limit);
            }
        });
    }

    /** Starts the phase's clock: call it as the phase starts, on the owner's thread. */
    public Clock startClock() {
        return new Clock(System.nanoTime(), timeout.map(Duration::toNanos).orElse(Long.MAX_VALUE));
    }

    /**
     * The phase's deadline, counted from the moment the clock started; and the one test an owner makes
     * before it starts, submits or forks each task.
     */
    public static final class Clock {

        private final long start;
        private final long limit;

        private Clock(long start, long limit) {
            this.start = start;
            this.limit = limit;
        }

        /**
         * Why the owner must start no more tasks: {@code INTERRUPTED} when the calling thread's interrupt
         * flag is set (the flag stays set), {@code TIMED_OUT} once the deadline has passed; empty to go on.
         */
        public Optional<ModelResult.Ending> reasonToStop() {
            if (Thread.currentThread().isInterrupted()) {
                return Optional.of(ModelResult.Ending.INTERRUPTED);
            }
            return nanosLeft() <= 0 ? Optional.of(ModelResult.Ending.TIMED_OUT) : Optional.empty();
        }

        /**
         * Waits for a shut-down executor until what is left of the timeout runs out: {@code ALL_ENDED} when
         * every task has, {@code TIMED_OUT} at the deadline, {@code INTERRUPTED} when the owner is interrupted.
         */
        public ModelResult.Ending awaitTermination(ExecutorService executor) {
            try {
                return executor.awaitTermination(nanosLeft(), TimeUnit.NANOSECONDS)
                        ? ModelResult.Ending.ALL_ENDED : ModelResult.Ending.TIMED_OUT;
            } catch (InterruptedException e) {
                return ModelResult.Ending.INTERRUPTED;
            }
        }

        /** What is left of the timeout, in nanoseconds, zero once it has passed; {@code Long.MAX_VALUE} without one. */
        public long nanosLeft() {
            return limit == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(0, limit - (System.nanoTime() - start));
        }
    }

    /** No time limit; stopping the queries is what {@code interruptQueries} does. */
    public static TaskPhase unlimited(Runnable interruptQueries) {
        return new TaskPhase(Optional.empty(), interruptQueries);
    }
}
