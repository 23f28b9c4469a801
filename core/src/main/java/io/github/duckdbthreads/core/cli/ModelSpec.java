package io.github.duckdbthreads.core.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.duckdbthreads.core.ConnectionPolicy;
import io.github.duckdbthreads.core.ConnectionPolicy.Kind;
import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.workload.Workload;

/**
 * Everything known about one model, declared once, where the model lives: the demos' command line, the
 * rows of {@code compare}, the tests that run every model and the CI checks all read it from here.
 *
 * @param name        the model's name in the summary, tables, JSON and {@code compare --models}
 * @param connections the connection policies it runs with ({@code --connections}), its natural one first
 * @param maxTasks    the most tasks it takes in one run; the command line refuses more
 * @param flags       the {@linkplain WorkloadOptions#MODEL_FLAGS model flags} it takes besides the workload's
 * @param selectedBy  the model flag that chooses this model on its demo's command line; empty for the
 *                    demo's default model
 * @param threadNames the names of the threads a run of it starts, so that a check can see none outlives it
 * @param factory     makes the model from the options and the connection policy they chose
 */
public record ModelSpec(String name, List<Kind> connections, int maxTasks, Set<String> flags,
                        Optional<String> selectedBy, Pattern threadNames,
                        BiFunction<Options, ConnectionPolicy, ThreadingModel> factory) {

    /** The task names the workload gives its threads, for models whose threads take their task's name. */
    public static final String TASK_NAMES = "(write|read)_thread_\\d+";

    public ModelSpec {
        Objects.requireNonNull(name, "name");
        connections = List.copyOf(connections);
        flags = Set.copyOf(flags);
        Objects.requireNonNull(selectedBy, "selectedBy");
        Objects.requireNonNull(threadNames, "threadNames");
        Objects.requireNonNull(factory, "factory");
        if (connections.isEmpty() || connections.size() != Set.copyOf(connections).size()) {
            throw new IllegalArgumentException(name + ": a model takes one or more distinct connection policies");
        }
        if (!WorkloadOptions.MODEL_FLAGS.containsAll(flags)) {
            throw new IllegalArgumentException(name + ": unknown model flags " + flags + ", expected some of "
                    + WorkloadOptions.MODEL_FLAGS);
        }
        if (selectedBy.isPresent() && !flags.contains(selectedBy.get())) {
            throw new IllegalArgumentException(name + " is selected by " + selectedBy.get() + ", so it takes it");
        }
        if (maxTasks < 1) {
            throw new IllegalArgumentException(name + ": maxTasks must be at least 1, got " + maxTasks);
        }
    }

    /**
     * A model with a connection per task, no flags of its own, threads named after their tasks, and as
     * many tasks as a workload holds; the withers below say how it differs.
     */
    public static ModelSpec of(String name, BiFunction<Options, ConnectionPolicy, ThreadingModel> factory) {
        return new ModelSpec(name, List.of(Kind.PER_TASK), 2 * Workload.MAX_PER_KIND, Set.of(), Optional.empty(),
                Pattern.compile(TASK_NAMES), factory);
    }

    /** The same model, running with these policies, the first its natural one. */
    public ModelSpec connections(Kind natural, Kind... others) {
        List<Kind> kinds = new java.util.ArrayList<>(List.of(natural));
        kinds.addAll(List.of(others));
        return new ModelSpec(name, kinds, maxTasks, flags, selectedBy, threadNames, factory);
    }

    /** The same model, refusing runs of more than {@code limit} tasks. */
    public ModelSpec maxTasks(int limit) {
        return new ModelSpec(name, connections, limit, flags, selectedBy, threadNames, factory);
    }

    /** The same model, taking this model flag, e.g. {@code --threads}. */
    public ModelSpec takes(String flag) {
        Set<String> more = new HashSet<>(flags);
        more.add(flag);
        return new ModelSpec(name, connections, maxTasks, more, selectedBy, threadNames, factory);
    }

    /** The same model, chosen on its demo's command line by this flag, which it takes. */
    public ModelSpec selectedBy(String flag) {
        return takes(flag).withSelectedBy(flag);
    }

    private ModelSpec withSelectedBy(String flag) {
        return new ModelSpec(name, connections, maxTasks, flags, Optional.of(flag), threadNames, factory);
    }

    /** The same model, whose runs start threads named like this. */
    public ModelSpec threadNames(String regex) {
        return new ModelSpec(name, connections, maxTasks, flags, selectedBy, Pattern.compile(regex), factory);
    }

    /** The connection policy this model takes when none is asked for. */
    public Kind naturalConnections() {
        return connections.getFirst();
    }

    /**
     * The model for these options: under the policy they ask for, or its natural one. A pool holds one
     * connection per worker for a model that has workers ({@code --threads}), one per core otherwise.
     *
     * @throws IllegalArgumentException if the options ask for a policy this model does not take
     */
    public ThreadingModel model(Options options) {
        Kind kind = options.connections().orElse(naturalConnections());
        if (!connections.contains(kind)) {
            throw new IllegalArgumentException(name + " does not run with " + kind.label() + " connections; it takes "
                    + describeConnections());
        }
        int poolSize = flags.contains(WorkloadOptions.THREADS) ? options.threads() : Options.defaultThreads();
        return factory.apply(options, kind.withPoolSize(poolSize));
    }

    /** e.g. {@code per-task, pooled}, as an error message lists them. */
    public String describeConnections() {
        return connections.stream().sorted().map(Kind::label).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return name;
    }
}
