package io.github.duckdbthreads.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.duckdbthreads.core.InCallerThread;
import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.ModelResult.Ending;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskPhase;
import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.workload.Workload;

class WorkloadRunTests {

    @AfterEach
    void clearTheFlag() {
        Thread.interrupted();
    }

    /** Every task ended, and the owner was interrupted before the model returned: the interrupt wins. */
    @Test
    void anInterruptBeforeTheModelReturnsEndsTheRunAsInterruptedWhateverTheModelSaid() throws SQLException {
        ThreadingModel interruptedAtTheEnd = new ThreadingModel() {
            @Override
            public String name() {
                return "interrupted-at-the-end";
            }

            @Override
            public ModelResult run(List<? extends Task> tasks, TaskPhase phase) {
                ModelResult result = new InCallerThread().run(tasks, phase);
                Thread.currentThread().interrupt();
                return result;
            }
        };
        AtomicReference<ModelResult> observed = new AtomicReference<>();
        RunObserver observer = new RunObserver() {
            @Override
            public void taskPhaseEnded(ModelResult result) {
                observed.set(result);
            }
        };

        RunResult result = WorkloadRun.run(new DatabaseLocation.InMemory(), new Workload(3, 1, 6),
                interruptedAtTheEnd, Optional.empty(), observer);

        assertThat(result.ending()).isEqualTo(Ending.INTERRUPTED);
        assertThat(observed.get().ending()).as("the ending the observers saw").isEqualTo(Ending.INTERRUPTED);
        assertThat(Thread.currentThread().isInterrupted()).as("the flag, still set").isTrue();
        assertThat(result.completed()).isEqualTo(4);
        assertThat(result.summary()).endsWith("4 completed, 0 failed, 0 cancelled; interrupted, after every task had ended");
    }
}
