package io.github.duckdbthreads.core.cli;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import io.github.duckdbthreads.core.ConnectionPolicy;
import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.workload.Workload;

/**
 * What a demo module contributes: its command name, a line saying how it schedules tasks, and its
 * model. Everything else (the command line, the database, the output) is the {@link Runner}'s.
 *
 * @param modelFlags  the {@linkplain WorkloadOptions#MODEL_FLAGS model flags} the demo takes, e.g. {@code --threads}
 * @param maxTasks    the most tasks the model takes in one run; the command line refuses more
 * @param connections the connection policies the model takes ({@code --connections})
 */
public record Demo(String command, String description, Set<String> modelFlags,
                   Function<Options, ThreadingModel> model, int maxTasks, Set<ConnectionPolicy.Kind> connections) {

    public Demo {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(model, "model");
        modelFlags = Set.copyOf(modelFlags);
        connections = Set.copyOf(connections);
        if (connections.isEmpty()) {
            throw new IllegalArgumentException("a model takes at least one connection policy");
        }
        if (!WorkloadOptions.MODEL_FLAGS.containsAll(modelFlags)) {
            throw new IllegalArgumentException("unknown model flags " + modelFlags + ", expected some of "
                    + WorkloadOptions.MODEL_FLAGS);
        }
        if (maxTasks < 1) {
            throw new IllegalArgumentException("maxTasks must be at least 1, got " + maxTasks);
        }
    }

    public static Demo of(String command, String description, Function<Options, ThreadingModel> model) {
        return new Demo(command, description, Set.of(), model, 2 * Workload.MAX_PER_KIND,
                Set.of(ConnectionPolicy.Kind.values()));
    }

    /** The same demo, accepting {@code --threads N}. */
    public Demo withThreadsOption() {
        return withModelFlag(WorkloadOptions.THREADS);
    }

    /** The same demo, accepting {@code --max-in-flight N}. */
    public Demo withMaxInFlightOption() {
        return withModelFlag(WorkloadOptions.MAX_IN_FLIGHT);
    }

    /** The same demo, refusing runs of more than {@code limit} tasks. */
    public Demo withMaxTasks(int limit) {
        return new Demo(command, description, modelFlags, model, limit, connections);
    }

    private Demo withModelFlag(String flag) {
        Set<String> flags = new HashSet<>(modelFlags);
        flags.add(flag);
        return new Demo(command, description, flags, model, maxTasks, connections);
    }

    /** The same demo, taking only these connection policies. */
    public Demo withConnections(ConnectionPolicy.Kind... kinds) {
        return new Demo(command, description, modelFlags, model, maxTasks, Set.of(kinds));
    }
}
