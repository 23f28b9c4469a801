package io.github.duckdbthreads.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The guide's workload: {@code writers} tasks named {@code write_thread_<i>} and {@code readers} named
 * {@code read_thread_<j>}, shuffled with {@code new Random(seed)}. Every model receives the same list in
 * the same order.
 */
public record Workload(int writers, int readers, long seed) {

    public static final int DEFAULT_WRITERS = 50;
    public static final int DEFAULT_READERS = 5;
    public static final long DEFAULT_SEED = 6;

    static final String WRITER_PREFIX = "write_thread_";
    static final String READER_PREFIX = "read_thread_";

    public Workload {
        if (writers < 0) {
            throw new IllegalArgumentException("writers must be zero or more, got " + writers);
        }
        if (readers < 0) {
            throw new IllegalArgumentException("readers must be zero or more, got " + readers);
        }
        if ((long) writers + readers > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("writers + readers is more than one list can hold");
        }
    }

    /** The guide's own numbers: 50 writers, 5 readers, seed 6. */
    public static Workload guide() {
        return new Workload(DEFAULT_WRITERS, DEFAULT_READERS, DEFAULT_SEED);
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
                        ? (Task) new WriterTask(name, connections, events)
                        : new ReaderTask(name, connections, events))
                .toList();
    }
}
