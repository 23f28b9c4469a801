package io.github.duckdbthreads.compare;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.duckdbthreads.core.cli.Demo;
import io.github.duckdbthreads.core.cli.ModelSpec;
import io.github.duckdbthreads.executor.ExecutorDemo;
import io.github.duckdbthreads.platform.PlatformThreadsDemo;
import io.github.duckdbthreads.virtual.VirtualThreadsDemo;

/**
 * The registry: every demo, and so every model, in the order the table shows them. A model is declared
 * once, in its demo ({@link ModelSpec}); a new demo joins this list, and compare's rows, the tests that run
 * every model and CI's checks follow from it.
 */
public final class Models {

    /** The demos, each with its models. */
    public static final List<Demo> DEMOS = List.of(PlatformThreadsDemo.DEMO, ExecutorDemo.DEMO, VirtualThreadsDemo.DEMO);

    /** Every demo's models, then the two reference rows. */
    public static final List<ModelSpec> ROWS = Stream.concat(
            DEMOS.stream().flatMap(demo -> demo.models().stream()),
            Stream.of(SingleThreadModel.SEQUENTIAL, SingleThreadModel.LIMIT)).toList();

    private Models() {
    }

    /** The demo that runs {@code model}. */
    public static Demo demoOf(ModelSpec model) {
        return DEMOS.stream().filter(demo -> demo.models().contains(model)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(model.name() + " is no demo's model"));
    }

    /** @throws IllegalArgumentException naming the rows there are */
    static ModelSpec of(String name) {
        return ROWS.stream().filter(row -> row.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown model '" + name + "', expected one of "
                        + names()));
    }

    static String names() {
        return ROWS.stream().map(ModelSpec::name).collect(Collectors.joining(", "));
    }
}
