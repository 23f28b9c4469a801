package io.github.duckdbthreads.compare;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import io.github.duckdbthreads.core.ReaderResult;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskEvents;

/**
 * What a run learns from its tasks: how long each took, on which threads, and how many were inside the
 * database at once. A task starts when it asks for its connection ({@link InstrumentedConnections})
 * and ends when it reports completion; time spent queued for a pool worker or a permit before that is
 * not a task's latency (it is in the run's wall time).
 */
final class TaskInstruments implements TaskEvents {

    private final ConcurrentHistogram latencyMicros = new ConcurrentHistogram(3);
    private final Set<Long> threads = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<long[]> startedAt = ThreadLocal.withInitial(() -> new long[1]);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peakInFlight = new AtomicInteger();
    private final AtomicInteger completed = new AtomicInteger();

    /** Called on the task's thread as it asks for its connection. */
    void started() {
        startedAt.get()[0] = System.nanoTime();
        threads.add(Thread.currentThread().threadId());
        peakInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    }

    /** Called on the task's thread as it gives its connection back, whether or not the task succeeded. */
    void leftDatabase() {
        inFlight.decrementAndGet();
    }

    @Override
    public void read(ReaderResult result) {
        // The row itself is the workload's business; the comparison prints no reader rows.
    }

    @Override
    public void completed(Task task) {
        long micros = (System.nanoTime() - startedAt.get()[0]) / 1_000;
        latencyMicros.recordValue(micros);
        completed.incrementAndGet();
    }

    Histogram latencyMicros() {
        return latencyMicros.copy();
    }

    int threads() {
        return threads.size();
    }

    int peakInFlight() {
        return peakInFlight.get();
    }

    int completed() {
        return completed.get();
    }
}
