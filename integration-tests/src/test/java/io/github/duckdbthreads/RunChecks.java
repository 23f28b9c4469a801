package io.github.duckdbthreads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import io.github.duckdbthreads.core.RunResult;

/** What must hold after every run, however it ended: nothing lost, nothing left behind. */
final class RunChecks {

    private RunChecks() {
    }

    /**
     * No task was counted both completed and failed; every writer that completed (its insert returned,
     * so it committed) left exactly its row; every connection the run opened is closed; and no thread
     * the run started is alive.
     */
    static void nothingLostNothingLeftBehind(Model model, RunResult result) {
        // cancelled() is what completed and failed leave of the workload: below zero, a task was counted twice.
        assertThat(result.cancelled()).as("tasks neither completed nor failed").isNotNegative();
        long completedWriters = result.completed() - result.readerResults().size();
        assertThat(result.stats().rows()).as("rows in my_inserts").isEqualTo(completedWriters);
        assertThat(result.connectionsClosed()).as("connections closed")
                .isEqualTo(result.connectionsOpened());
        noThreadOfTheRunIsAlive(model);
    }

    static void noThreadOfTheRunIsAlive(Model model) {
        await("no thread started by the " + model + " run is alive").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(LiveThreads.named(model.startedByRun())).isEmpty());
    }
}
