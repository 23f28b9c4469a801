package io.github.duckdbthreads.core;

import java.util.Objects;
import java.util.function.Function;

/**
 * What a demo module contributes: its command name, a line saying how it schedules tasks, and its
 * model. Everything else (the command line, the database, the output) is the {@link Runner}'s.
 *
 * @param takesThreads whether the model has a pool whose size {@code --threads} sets
 */
public record Demo(String command, String description, boolean takesThreads,
                   Function<Options, ThreadingModel> model) {

    public Demo {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(model, "model");
    }

    public static Demo of(String command, String description, Function<Options, ThreadingModel> model) {
        return new Demo(command, description, false, model);
    }

    /** The same demo, accepting {@code --threads N}. */
    public Demo withThreadsOption() {
        return new Demo(command, description, true, model);
    }
}
