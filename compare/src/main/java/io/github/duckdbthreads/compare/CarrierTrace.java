package io.github.duckdbthreads.compare;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.workload.ReaderResult;
import io.github.duckdbthreads.core.workload.TaskEvents;

/**
 * Which of the virtual-thread scheduler's queues each task came from, and what the probe waited behind
 * ({@code compare --carrier-trace}). As each task starts on a virtual thread, and as the probe wakes, it
 * notes the carrier and the queue that carrier took its current work from: the {@code ForkJoinPool}'s own
 * record of it ({@code WorkQueue.source}, the field the pool sets each time a carrier takes a task from a
 * queue). Even indexes are the pool's submission queues, filled by threads outside it and by every start
 * of a virtual thread; odd ones belong to one carrier each.
 *
 * <p>Those are JDK-internal fields, read with {@link #JVM_FLAGS}; a JDK without them fails the run with one
 * line. Tasks on platform threads have no carrier, and are not traced.
 */
final class CarrierTrace implements TaskEvents {

    /** What lets the trace read the scheduler's fields. */
    static final List<String> JVM_FLAGS = List.of("--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED");
    /** A wake-up later than this is late: the most lag the calm row may have at p99. */
    static final Duration LATE = Duration.ofMillis(5);

    /**
     * What a run's trace found.
     *
     * @param sameQueueShare       of two tasks in a row on one carrier, the share whose second came from the
     *                             same queue as the first
     * @param lateWakes            the probe's wake-ups later than {@link #LATE}
     * @param tasksPerLateWake     the median number of tasks that started while the probe was late;
     *                             {@code null} without a late wake-up
     * @param lateWakesPassedOver  the share of late wake-ups during which tasks started, none of them from the
     *                             queue the probe was waiting in; {@code null} without a late wake-up
     */
    record Summary(double sameQueueShare, int lateWakes, Double tasksPerLateWake, Double lateWakesPassedOver) {
    }

    /** One task's start, or one wake-up of the probe, which waited {@code lagNanos} past its time. */
    record Event(long atNanos, int carrier, int queue, long lagNanos) {
    }

    private final long[] taskAt;
    private final int[] taskCarrier;
    private final int[] taskQueue;
    private final AtomicInteger tasks = new AtomicInteger();
    private final List<Event> wakes = new ArrayList<>(); // the probe's thread alone adds to it

    private CarrierTrace(int tasks) {
        taskAt = new long[tasks];
        taskCarrier = new int[tasks];
        taskQueue = new int[tasks];
    }

    /**
     * A new trace of a run of {@code tasks} tasks, each of which starts once, once the scheduler's fields
     * are found.
     *
     * @throws IllegalStateException with one line to print when this JDK does not have them, or they are not
     *                               open to this class ({@link #JVM_FLAGS})
     */
    static CarrierTrace start(int tasks) {
        Internals.check();
        return new CarrierTrace(tasks);
    }

    @Override
    public void started(Task task) {
        if (!Thread.currentThread().isVirtual()) {
            return;
        }
        long at = System.nanoTime();
        int i = tasks.getAndIncrement();
        int[] where = Internals.where();
        taskAt[i] = at;
        taskCarrier[i] = where[0];
        taskQueue[i] = where[1];
    }

    @Override
    public void read(ReaderResult result) {
    }

    /** Called on the probe's thread as it wakes, {@code lagNanos} late. */
    void probeWoke(long lagNanos) {
        int[] where = Internals.where();
        wakes.add(new Event(System.nanoTime(), where[0], where[1], lagNanos));
    }

    /**
     * What the trace found; empty when no task ran on a virtual thread. Call once the tasks have ended and
     * the probe is joined.
     */
    Optional<Summary> summary() {
        List<Event> started = IntStream.range(0, tasks.get())
                .mapToObj(i -> new Event(taskAt[i], taskCarrier[i], taskQueue[i], 0))
                .toList();
        return summarise(started, wakes);
    }

    /** The summary of these task starts and wake-ups, in any order. */
    static Optional<Summary> summarise(List<Event> started, List<Event> woke) {
        if (started.isEmpty()) {
            return Optional.empty();
        }
        List<Event> byTime = started.stream().sorted(Comparator.comparingLong(Event::atNanos)).toList();
        long[] times = byTime.stream().mapToLong(Event::atNanos).toArray();
        int pairs = 0;
        int same = 0;
        Map<Integer, Integer> lastQueue = new HashMap<>();
        for (Event task : byTime) {
            Integer before = lastQueue.put(task.carrier(), task.queue());
            if (before != null) {
                pairs++;
                same += before.intValue() == task.queue() ? 1 : 0;
            }
        }
        long late = LATE.toNanos();
        List<Event> lateWakes = woke.stream().filter(wake -> wake.lagNanos() > late).toList();
        long[] during = new long[lateWakes.size()];
        int passedOver = 0;
        for (int w = 0; w < lateWakes.size(); w++) {
            Event wake = lateWakes.get(w);
            int from = firstAtOrAfter(times, wake.atNanos() - wake.lagNanos());
            int to = firstAtOrAfter(times, wake.atNanos());
            during[w] = to - from;
            boolean fromItsQueue = byTime.subList(from, to).stream().anyMatch(task -> task.queue() == wake.queue());
            passedOver += to > from && !fromItsQueue ? 1 : 0;
        }
        return Optional.of(new Summary(pairs == 0 ? 0 : (double) same / pairs, lateWakes.size(), lateWakes.isEmpty() ? null : Stats.median(during),
                lateWakes.isEmpty() ? null : (double) passedOver / lateWakes.size()));
    }

    private static int firstAtOrAfter(long[] sorted, long at) {
        int found = Arrays.binarySearch(sorted, at);
        if (found < 0) {
            return -found - 1;
        }
        while (found > 0 && sorted[found - 1] == at) {
            found--;
        }
        return found;
    }

    /** The JDK's fields: the current carrier, its work queue, and the queue it took its current work from. */
    private static final class Internals {

        private static final MethodHandle CURRENT_CARRIER;
        private static final VarHandle WORK_QUEUE;
        private static final VarHandle SOURCE;
        private static final String PROBLEM;

        static {
            MethodHandle carrier = null;
            VarHandle workQueue = null;
            VarHandle source = null;
            String problem = null;
            try {
                Method current = Thread.class.getDeclaredMethod("currentCarrierThread");
                current.setAccessible(true);
                carrier = MethodHandles.lookup().unreflect(current);
                Field queue = ForkJoinWorkerThread.class.getDeclaredField("workQueue");
                workQueue = MethodHandles.privateLookupIn(ForkJoinWorkerThread.class, MethodHandles.lookup())
                        .unreflectVarHandle(queue);
                Class<?> queueClass = queue.getType();
                source = MethodHandles.privateLookupIn(queueClass, MethodHandles.lookup())
                        .unreflectVarHandle(queueClass.getDeclaredField("source"));
            } catch (ReflectiveOperationException | RuntimeException e) {
                problem = "--carrier-trace cannot read the virtual-thread scheduler's queues on "
                        + Runtime.version() + " (it needs JDK 25's ForkJoinPool and " + String.join(" ", JVM_FLAGS)
                        + "): " + e;
            }
            CURRENT_CARRIER = carrier;
            WORK_QUEUE = workQueue;
            SOURCE = source;
            PROBLEM = problem;
        }

        static void check() {
            if (PROBLEM != null) {
                throw new IllegalStateException(PROBLEM);
            }
        }

        /** The current carrier's index in its pool and its source queue; -1 for either it does not have. */
        static int[] where() {
            try {
                Thread carrier = (Thread) CURRENT_CARRIER.invokeExact();
                if (carrier instanceof ForkJoinWorkerThread worker) {
                    return new int[] {worker.getPoolIndex(), (int) SOURCE.getVolatile(WORK_QUEUE.get(worker))};
                }
                return new int[] {-1, -1};
            } catch (Throwable e) {
                throw new IllegalStateException("--carrier-trace cannot read the carrier's queue: " + e, e);
            }
        }
    }
}
