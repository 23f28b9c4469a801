package io.github.duckdbthreads.core;

import java.util.Objects;
import java.util.function.Function;

/**
 * What a demo module contributes: its command name, a line saying how it schedules tasks, and its
 * model. Everything else (the command line, the database, the output) is the {@link Runner}'s.
 *
 * @param takesThreads whether the model has a pool whose size {@code --threads} sets
 * @param maxTasks     the most tasks the model takes in one run; the command line refuses more
 */
public record Demo(String command, String description, boolean takesThreads,
                   Function<Options, ThreadingModel> model, int maxTasks) {

    public Demo {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(model, "model");
        if (maxTasks < 1) {
            throw new IllegalArgumentException("maxTasks must be at least 1, got " + maxTasks);
        }
    }

    public static Demo of(String command, String description, Function<Options, ThreadingModel> model) {
        return new Demo(command, description, false, model, 2 * Workload.MAX_PER_KIND);
    }

    /** The same demo, accepting {@code --threads N}. */
    public Demo withThreadsOption() {
        return new Demo(command, description, true, model, maxTasks);
    }

    /** The same demo, refusing runs of more than {@code limit} tasks. */
    public Demo withMaxTasks(int limit) {
        return new Demo(command, description, takesThreads, model, limit);
    }
}
