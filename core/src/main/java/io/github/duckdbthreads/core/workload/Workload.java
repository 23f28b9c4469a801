package io.github.duckdbthreads.core.workload;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import io.github.duckdbthreads.core.Durations;

import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.database.ConnectionSource;

/**
 * The guide's workload: {@code writers} tasks named {@code write_thread_<i>} and {@code readers} named
 * {@code read_thread_<j>}, shuffled with {@code new Random(seed)}. Every model receives the same list in
 * the same order.
 *
 * @param failing   tasks that run a statement DuckDB rejects instead of their work ({@code --fail-task})
 * @param stalling  tasks that first run a query that ends only when interrupted ({@code --stall-task})
 * @param ioLatency how long each task's remote call takes before its statement ({@code --io-latency}); zero
 *                  for the guide's workload, where a task does nothing but its statement
 *
 * <p>The one place these are validated; a message names the value as its flag does, without the dashes.
 */
public record Workload(int writers, int readers, long seed, Set<String> failing, Set<String> stalling,
                       Duration ioLatency) {

    public static final int DEFAULT_WRITERS = 50;
    public static final int DEFAULT_READERS = 5;
    public static final long DEFAULT_SEED = 6;

    /** The longest remote call a task makes: longer only keeps a run waiting, and hides a mistyped unit. */
    public static final Duration MAX_IO_LATENCY = Duration.ofHours(1);

    /**
     * The most writers, and the most readers, a run takes. Every task is on the heap from the start (the
     * task, its future or its virtual thread): a million of each fits a default heap; ten million made
     * the executor run out of heap and left virtual threads collecting garbage with 5 of 6 GB in use.
     */
    public static final int MAX_PER_KIND = 1_000_000;

    static final String WRITER_PREFIX = "write_thread_";
    static final String READER_PREFIX = "read_thread_";

    public Workload {
        if (writers < 0 || writers > MAX_PER_KIND) {
            throw new IllegalArgumentException("writers must be 0 to " + MAX_PER_KIND + ", got " + writers);
        }
        if (readers < 0 || readers > MAX_PER_KIND) {
            throw new IllegalArgumentException("readers must be 0 to " + MAX_PER_KIND + ", got " + readers);
        }
        failing = Set.copyOf(failing);
        stalling = Set.copyOf(stalling);
        for (String name : union(failing, stalling)) {
            if (!isTask(name, writers, readers)) {
                throw new IllegalArgumentException(name + " is not a task of this run (write_thread_0.."
                        + (writers - 1) + ", read_thread_0.." + (readers - 1) + ")");
            }
        }
        Objects.requireNonNull(ioLatency, "ioLatency");
        if (ioLatency.isNegative() || ioLatency.compareTo(MAX_IO_LATENCY) > 0) {
            throw new IllegalArgumentException("io-latency must be 0 to " + Durations.format(MAX_IO_LATENCY) + ", got "
                    + Durations.format(ioLatency));
        }
        Set<String> both = new TreeSet<>(failing);
        both.retainAll(stalling);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException(both.iterator().next() + " cannot both fail and stall");
        }
    }

    /** A workload whose tasks all do their work. */
    public Workload(int writers, int readers, long seed) {
        this(writers, readers, seed, Set.of(), Set.of());
    }

    /** A workload with no remote calls. */
    public Workload(int writers, int readers, long seed, Set<String> failing, Set<String> stalling) {
        this(writers, readers, seed, failing, stalling, Duration.ZERO);
    }

    /** The guide's own numbers: 50 writers, 5 readers, seed 6. */
    public static Workload guide() {
        return new Workload(DEFAULT_WRITERS, DEFAULT_READERS, DEFAULT_SEED);
    }

    /** The same workload, with these tasks failing and these stalling. */
    public Workload withFaults(Set<String> failing, Set<String> stalling) {
        return new Workload(writers, readers, seed, failing, stalling, ioLatency);
    }

    /** The same workload, each task making a remote call of {@code latency} before its statement. */
    public Workload withIoLatency(Duration latency) {
        return new Workload(writers, readers, seed, failing, stalling, latency);
    }

    public int size() {
        return writers + readers;
    }

    /** The task names in the order the tasks start. */
    public List<String> taskNames() {
        List<String> names = new ArrayList<>(size());
        for (int i = 0; i < writers; i++) {
            names.add(WRITER_PREFIX + i);
        }
        for (int j = 0; j < readers; j++) {
            names.add(READER_PREFIX + j);
        }
        Collections.shuffle(names, new Random(seed));
        return names;
    }

    /** The tasks, in start order, each reaching the database only through {@code connections}. */
    public List<Task> tasks(ConnectionSource connections, TaskEvents events) {
        return taskNames().stream()
                .map(name -> name.startsWith(WRITER_PREFIX)
                        ? (Task) new WriterTask(name, connections, events, fault(name), ioLatency)
                        : new ReaderTask(name, connections, events, fault(name), ioLatency))
                .toList();
    }

    Fault fault(String task) {
        if (failing.contains(task)) {
            return Fault.FAIL;
        }
        return stalling.contains(task) ? Fault.STALL : Fault.NONE;
    }

    private static boolean isTask(String name, int writers, int readers) {
        if (name.startsWith(WRITER_PREFIX)) {
            return isIndex(name.substring(WRITER_PREFIX.length()), writers);
        }
        return name.startsWith(READER_PREFIX) && isIndex(name.substring(READER_PREFIX.length()), readers);
    }

    /** Only the spelling {@link #taskNames()} produces: no sign, no leading zero. */
    private static boolean isIndex(String digits, int count) {
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)
                || (digits.length() > 1 && digits.charAt(0) == '0')) {
            return false;
        }
        return Integer.parseInt(digits) < count;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
