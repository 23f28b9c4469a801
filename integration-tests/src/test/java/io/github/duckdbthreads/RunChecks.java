package io.github.duckdbthreads;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.duckdbthreads.core.run.RunResult;

/** What must hold after every run, however it ended: nothing lost, nothing left behind. */
final class RunChecks {

    private RunChecks() {
    }

    /**
     * No task was counted both completed and failed; every writer that completed (its insert returned,
     * so it committed) left exactly its row; when the model returned, no task still held a connection;
     * once the run was over, every connection it opened was closed; and at once, with no grace period,
     * no thread on which a task ran is alive, nor any thread of the model's.
     */
    static void nothingLostNothingLeftBehind(Model model, CheckedRun run) {
        RunResult result = run.result();
        // cancelled() is what completed and failed leave of the workload: below zero, a task was counted twice.
        assertThat(result.cancelled()).as("tasks neither completed nor failed").isNotNegative();
        long completedWriters = result.completed() - result.readerResults().size();
        assertThat(result.stats().rows()).as("rows in my_inserts").isEqualTo(completedWriters);
        assertThat(run.atModelReturn().held()).as("connections tasks still held when the model returned").isZero();
        assertThat(run.atEnd().closed()).as("connections closed by the end of the run")
                .isEqualTo(run.atEnd().opened());
        assertThat(run.taskThreads()).as("threads that ran a task, alive after the run")
                .filteredOn(Thread::isAlive).isEmpty();
        assertThat(LiveThreads.named(model.startedByRun())).as("threads of the %s run alive after it", model).isEmpty();
    }
}
