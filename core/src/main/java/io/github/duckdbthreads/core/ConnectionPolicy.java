package io.github.duckdbthreads.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a run's tasks get their connections: each one a fresh duplicate of the root, one kept per thread,
 * or a few kept in a pool. A kept connection keeps its prepared statements from task to task, so the
 * same SQL is prepared once per connection instead of once per task.
 */
public sealed interface ConnectionPolicy {

    /** A fresh duplicate of the root for every task, closed when the task ends: the guide's {@code con.cursor()}. */
    ConnectionPolicy PER_TASK = new PerTask();

    /**
     * One duplicate per thread, opened on the thread's first task and kept for every later task on that
     * thread: the pool's "thread-local connection". Under a thread per task it is a connection per task,
     * each kept until the run ends.
     */
    ConnectionPolicy PER_THREAD = new PerThread();

    /** At most {@code size} duplicates, kept in a pool; a task waits for one while all are taken. */
    static ConnectionPolicy pooled(int size) {
        return new Pooled(size);
    }

    /** Which of the three this is, as the command line names it. */
    Kind kind();

    /** The command line's name, e.g. {@code per-task}, or {@code pooled(2)} with the pool's size. */
    String describe();

    record PerTask() implements ConnectionPolicy {
        @Override
        public Kind kind() {
            return Kind.PER_TASK;
        }

        @Override
        public String describe() {
            return kind().label();
        }
    }

    record PerThread() implements ConnectionPolicy {
        @Override
        public Kind kind() {
            return Kind.PER_THREAD;
        }

        @Override
        public String describe() {
            return kind().label();
        }
    }

    /** @param size the most connections open at once, and so the most tasks holding one at once */
    record Pooled(int size) implements ConnectionPolicy {
        public Pooled {
            if (size < 1) {
                throw new IllegalArgumentException("a pool needs at least one connection, got " + size);
            }
        }

        @Override
        public Kind kind() {
            return Kind.POOLED;
        }

        @Override
        public String describe() {
            return kind().label() + "(" + size + ")";
        }
    }

    /** The three policies without a pool size, as {@code --connections} names them. */
    enum Kind {
        PER_TASK, PER_THREAD, POOLED;

        /** {@code per-task}, {@code per-thread}, {@code pooled}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** This kind as a policy; a pool gets {@code poolSize} connections. */
        public ConnectionPolicy withPoolSize(int poolSize) {
            return switch (this) {
                case PER_TASK -> ConnectionPolicy.PER_TASK;
                case PER_THREAD -> ConnectionPolicy.PER_THREAD;
                case POOLED -> pooled(poolSize);
            };
        }

        /** @throws IllegalArgumentException naming the labels it takes */
        public static Kind parse(String label) {
            for (Kind kind : values()) {
                if (kind.label().equals(label)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("'" + label + "' is not one of " + labels());
        }

        public static String labels() {
            return Arrays.stream(values()).map(Kind::label).collect(Collectors.joining(", "));
        }
    }
}
