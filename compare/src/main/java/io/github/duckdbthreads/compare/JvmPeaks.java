package io.github.duckdbthreads.compare;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Peak live platform threads and peak heap since the last {@link #reset()}, from the JVM's own
 * management beans. The thread bean counts platform threads only: virtual threads do not appear in it.
 * Peak heap is the sum of each heap pool's own peak, an upper bound on the true peak.
 */
final class JvmPeaks {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();

    void reset() {
        threads.resetPeakThreadCount();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    int peakLiveThreads() {
        return threads.getPeakThreadCount();
    }

    long peakHeapBytes() {
        return heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
