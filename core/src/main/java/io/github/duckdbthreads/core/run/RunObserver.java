package io.github.duckdbthreads.core.run;

import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.database.ConnectionSource;
import io.github.duckdbthreads.core.workload.TaskEvents;

/**
 * What a caller of {@link WorkloadRun} may add to a run without copying its sequence: a decorator for the
 * connection source, task events of its own, and the two moments around the task phase. All methods are
 * called on the thread that runs the workload, except the task events, which come from the tasks' threads.
 */
public interface RunObserver {

    /** Observes nothing. */
    RunObserver NONE = new RunObserver() {
    };

    /**
     * The source the tasks will use, given the one the model asked for: that one, or a decorator of it.
     * Called once, before the tasks are made.
     */
    default ConnectionSource connections(ConnectionSource source) {
        return source;
    }

    /** Events of the observer's own, besides the run's; called on each task's thread. */
    default TaskEvents taskEvents() {
        return result -> { };
    }

    /** Right before the model is handed its tasks. */
    default void taskPhaseStarting() {
    }

    /**
     * The moment the model returns, before the run closes the connections that are left: whatever the
     * tasks still hold now, they did not give back.
     */
    default void taskPhaseEnded(ModelResult result) {
    }

    /** This observer, then {@code next}: {@code next} decorates the source this one returns. */
    default RunObserver andThen(RunObserver next) {
        RunObserver first = this;
        return new RunObserver() {
            @Override
            public ConnectionSource connections(ConnectionSource source) {
                return next.connections(first.connections(source));
            }

            @Override
            public TaskEvents taskEvents() {
                return first.taskEvents().andThen(next.taskEvents());
            }

            @Override
            public void taskPhaseStarting() {
                first.taskPhaseStarting();
                next.taskPhaseStarting();
            }

            @Override
            public void taskPhaseEnded(ModelResult result) {
                first.taskPhaseEnded(result);
                next.taskPhaseEnded(result);
            }
        };
    }
}
