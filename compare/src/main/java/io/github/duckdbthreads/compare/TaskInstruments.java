package io.github.duckdbthreads.compare;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.workload.ReaderResult;
import io.github.duckdbthreads.core.workload.TaskEvents;

/**
 * What a run learns from its tasks: how long each took and on which threads. A task's latency runs from
 * its start on its thread (before it asks for a connection) to its completion; time spent queued for a
 * pool worker or a permit before its thread runs it is not a task's latency (it is in the run's wall time).
 */
final class TaskInstruments implements TaskEvents {

    private final ConcurrentHistogram latencyMicros = new ConcurrentHistogram(3);
    private final Set<Long> threads = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<long[]> startedAt = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public void started(Task task) {
        startedAt.get()[0] = System.nanoTime();
        threads.add(Thread.currentThread().threadId());
    }

    @Override
    public void read(ReaderResult result) {
        // The row itself is the workload's business; the comparison prints no reader rows.
    }

    @Override
    public void completed(Task task) {
        long micros = (System.nanoTime() - startedAt.get()[0]) / 1_000;
        latencyMicros.recordValue(micros);
    }

    Histogram latencyMicros() {
        return latencyMicros.copy();
    }

    int threads() {
        return threads.size();
    }
}
