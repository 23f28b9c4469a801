package io.github.duckdbthreads.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.duckdbthreads.compare.CarrierTrace.Event;
import io.github.duckdbthreads.compare.CarrierTrace.Summary;

class CarrierTraceTests {

    private static final long MS = 1_000_000;

    private static Event task(long atMs, int carrier, int queue) {
        return new Event(atMs * MS, carrier, queue, 0);
    }

    private static Event wake(long atMs, long lagMs, int queue) {
        return new Event(atMs * MS, 9, queue, lagMs * MS);
    }

    @Test
    void countsTheTasksInARowOnACarrierThatCameFromTheSameQueue() {
        // Carrier 1 takes from queue 8, 8, then 10; carrier 2 from 8 twice: 2 of the 3 pairs are the same queue.
        Summary summary = CarrierTrace.summarise(List.of(task(3, 1, 10), task(1, 1, 8), task(1, 2, 8), task(2, 1, 8),
                task(2, 2, 8)), List.of()).orElseThrow();

        assertThat(summary.sameQueueShare()).isEqualTo(2.0 / 3);
        assertThat(summary.lateWakes()).isZero();
        assertThat(summary.tasksPerLateWake()).as("no late wake-up, nothing to say").isNull();
        assertThat(summary.lateWakesPassedOver()).isNull();
    }

    @Test
    void saysWhatStartedWhileTheProbeWasLateAndWhetherAnyOfItCameFromTheProbesQueue() {
        List<Event> tasks = List.of(task(11, 1, 8), task(12, 2, 8), task(15, 1, 8), task(31, 1, 8), task(33, 2, 4),
                task(50, 1, 8));
        List<Event> wakes = List.of(
                wake(20, 10, 4),  // due at 10: three tasks started meanwhile, all from queue 8 while it waited in 4
                wake(36, 8, 4),   // due at 28: two tasks, one of them from its own queue 4
                wake(52, 3, 4));  // 3 ms late is not late

        Summary summary = CarrierTrace.summarise(tasks, wakes).orElseThrow();

        assertThat(summary.lateWakes()).isEqualTo(2);
        assertThat(summary.tasksPerLateWake()).isEqualTo(2.5);
        assertThat(summary.lateWakesPassedOver()).isEqualTo(0.5);
    }

    @Test
    void aLateWakeDuringWhichNothingStartedWasNotPassedOver() {
        Summary summary = CarrierTrace.summarise(List.of(task(1, 1, 8)), List.of(wake(20, 10, 4))).orElseThrow();

        assertThat(summary.tasksPerLateWake()).isZero();
        assertThat(summary.lateWakesPassedOver()).isZero();
    }

    @Test
    void withoutATaskOnAVirtualThreadThereIsNothingToSummarise() {
        assertThat(CarrierTrace.summarise(List.of(), List.of(wake(20, 10, 4)))).isEmpty();
    }

    @Test
    void withoutTheFlagsThatOpenTheSchedulerItIsOneLineThatNamesThem() {
        // This test JVM is started without CarrierTrace.JVM_FLAGS; compare's measuring JVMs get them.
        assertThatThrownBy(() -> CarrierTrace.start(10))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("--carrier-trace cannot read the virtual-thread scheduler's queues")
                .hasMessageContaining("--add-opens=java.base/java.util.concurrent=ALL-UNNAMED")
                .hasMessageNotContaining("\n");
    }
}
