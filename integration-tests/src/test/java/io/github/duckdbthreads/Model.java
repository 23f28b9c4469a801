package io.github.duckdbthreads;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.github.duckdbthreads.compare.Models;
import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.cli.Demo;
import io.github.duckdbthreads.core.cli.ModelSpec;
import io.github.duckdbthreads.core.cli.Options;
import io.github.duckdbthreads.core.cli.WorkloadOptions;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.workload.Workload;

/**
 * A demo's model, as the tests that run each of them see it: every model of the registry
 * ({@link Models#DEMOS}), so that a model added there is tested here without a word changed.
 */
record Model(Demo demo, ModelSpec spec) {

    /** Every demo's models, in the registry's order, made once so that each is one instance. */
    private static final List<Model> ALL = Models.DEMOS.stream()
            .flatMap(demo -> demo.models().stream().map(spec -> new Model(demo, spec))).toList();

    static final Model PLATFORM = named("platform-threads");
    static final Model EXECUTOR = named("executor");
    static final Model VIRTUAL = named("virtual-threads");
    static final Model VIRTUAL_BOUNDED = named("virtual-threads-bounded");

    /** The bound the tests give a model selected by {@code --max-in-flight}: small, so that it binds. */
    private static final int BOUND = 2;

    /** Every run's own helper thread, whatever the model. */
    private static final Pattern HELPERS = Pattern.compile("query-interrupter");

    /** Every demo's models, in the registry's order; a {@code @MethodSource} for tests over all of them. */
    static List<Model> all() {
        return ALL;
    }

    /** The model of this name; also how JUnit reads a model from a {@code @CsvSource}. */
    static Model named(String name) {
        return ALL.stream().filter(model -> model.spec.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo runs a model named " + name));
    }

    /** The demo's main class, for a test that runs it in a JVM of its own. */
    Class<?> main() {
        return demo.main();
    }

    ThreadingModel model(Workload workload) {
        return spec.model(new Options(workload, new DatabaseLocation.InMemory(), 2, maxInFlight(), Optional.empty()));
    }

    /** The flags that choose this model on its demo's command line, besides the workload's. */
    List<String> flags() {
        return spec.selectedBy()
                .map(flag -> flag.equals(WorkloadOptions.MAX_IN_FLIGHT) ? List.of(flag, Integer.toString(BOUND)) : List.of(flag))
                .orElse(List.of());
    }

    private Optional<Integer> maxInFlight() {
        return spec.flags().contains(WorkloadOptions.MAX_IN_FLIGHT) ? Optional.of(BOUND) : Optional.empty();
    }

    /** Whether a thread of this name is one a run of this model starts. */
    Predicate<String> startedByRun() {
        return name -> spec.threadNames().matcher(name).matches() || HELPERS.matcher(name).matches();
    }

    @Override
    public String toString() {
        return spec.name();
    }
}
