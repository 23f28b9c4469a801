package io.github.duckdbthreads.core;

import java.util.List;
import java.util.Objects;

/**
 * How a model's task phase ended, in the model's own terms.
 *
 * @param failures tasks that ended with an exception, as the model learned of them (uncaught-exception
 *                 handler, failed future, failed subtask); a model may include the tasks it cancelled
 *                 ({@link TaskFailure#cancelled()}) or leave them out: the run counts them either way
 */
public record ModelResult(List<TaskFailure> failures, Ending ending) {

    public ModelResult {
        failures = List.copyOf(failures);
        Objects.requireNonNull(ending, "ending");
    }

    /** Why the task phase ended. */
    public enum Ending {

        /** Every task ran to its end, whether it completed or failed. */
        ALL_ENDED,

        /** A task failed, and the model cancelled the tasks still running, as a structured scope does. */
        CANCELLED_ON_FAILURE,

        /** The timeout passed; the model cancelled the tasks still running. */
        TIMED_OUT,

        /** The waiting thread was interrupted (Ctrl-C); the model cancelled the tasks still running. */
        INTERRUPTED,

        /** The JVM could not start another thread; the model cancelled the tasks it had started. */
        OUT_OF_THREADS
    }
}
