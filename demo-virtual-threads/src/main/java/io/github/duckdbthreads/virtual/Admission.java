package io.github.duckdbthreads.virtual;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * How many of a run's tasks the owner lets run at once: all of them, or at most a bound, each task taking a
 * permit before it is forked and giving it back as it ends, so that the tasks beyond the bound wait
 * unforked, in start order. Made per run: a permit that a cancelled run could not give back (a fork that
 * the cancelled scope never started) dies with it.
 *
 * <p>{@link #admit} is called by the owner, the one thread that forks; {@link #leave} by each task's own
 * thread as it ends, whatever it ended with.
 */
sealed interface Admission {

    /** Every task at once: the scope's own way. */
    static Admission unbounded() {
        return new Unbounded();
    }

    /** At most {@code maxInFlight} tasks at once. */
    static Admission bounded(int maxInFlight) {
        return new Bounded(new Semaphore(maxInFlight));
    }

    /**
     * Waits until one more task may run. Returns {@code false} instead, and takes nothing, once
     * {@code cancelled} says the scope is cancelled or the owner is interrupted (its interrupt flag stays
     * set, for {@code join()} to hear).
     */
    boolean admit(BooleanSupplier cancelled);

    /** A task that was admitted has ended. */
    void leave();

    record Unbounded() implements Admission {
        @Override
        public boolean admit(BooleanSupplier cancelled) {
            return !cancelled.getAsBoolean() && !Thread.currentThread().isInterrupted();
        }

        @Override
        public void leave() {
        }
    }

    record Bounded(Semaphore permits) implements Admission {

        /**
         * How often an owner waiting for a permit looks whether the scope was cancelled meanwhile: a task
         * stalled in DuckDB keeps its permit until the owner, out of its wait, stops the queries.
         */
        private static final Duration CHECK = Duration.ofMillis(10);

        @Override
        public boolean admit(BooleanSupplier cancelled) {
            try {
                while (!cancelled.getAsBoolean()) {
                    if (permits.tryAcquire(CHECK.toNanos(), TimeUnit.NANOSECONDS)) {
                        return true;
                    }
                }
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public void leave() {
            permits.release();
        }
    }
}
