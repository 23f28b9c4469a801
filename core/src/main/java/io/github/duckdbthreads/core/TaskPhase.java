package io.github.duckdbthreads.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

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

    /** No time limit; stopping queries does what {@code source} does. */
    public static TaskPhase unlimited(ConnectionSource source) {
        return new TaskPhase(Optional.empty(), source::interruptAll);
    }
}
