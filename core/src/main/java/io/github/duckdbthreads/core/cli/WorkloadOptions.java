package io.github.duckdbthreads.core.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import io.github.duckdbthreads.core.ConnectionPolicy;
import io.github.duckdbthreads.core.Durations;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.workload.Workload;

/**
 * The workload's flags, declared once for every command that runs it: the three demos, {@code compare},
 * and the JVM {@code compare} starts to measure one run. A picocli mixin: a command adds it, drops the
 * {@linkplain #MODEL_FLAGS model flags} its model has no use for ({@link #keepOnly}), may give a flag a
 * default of its own with a default provider, and turns what was typed into {@link Options} here, with one
 * validation and one wording of every error.
 */
public final class WorkloadOptions {

    /** Flags that only some models use: a command that does not take one refuses it as unknown. */
    public static final String THREADS = "--threads";
    public static final String MAX_IN_FLIGHT = "--max-in-flight";
    public static final String EXECUTOR = "--executor";
    public static final List<String> MODEL_FLAGS = List.of(THREADS, MAX_IN_FLIGHT, EXECUTOR);

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--writers", paramLabel = "N", defaultValue = "" + Workload.DEFAULT_WRITERS, converter = CountsConverter.class,
            description = "writer tasks, each inserting one row, at most " + Workload.MAX_PER_KIND
                    + "; compare takes a comma-separated list and runs each (default: ${DEFAULT-VALUE})")
    Counts writers;

    @Option(names = "--readers", paramLabel = "N", defaultValue = "" + Workload.DEFAULT_READERS,
            description = "reader tasks, each counting the rows it sees, at most " + Workload.MAX_PER_KIND
                    + " (default: ${DEFAULT-VALUE})")
    int readers;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + Workload.DEFAULT_SEED,
            description = "seed of the shuffle that orders the tasks (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--db", paramLabel = "PATH|:memory:", defaultValue = DatabaseLocation.DEFAULT_FILE,
            description = "database file, created if absent, or :memory: (default: ${DEFAULT-VALUE})")
    String database;

    @Option(names = "--io-latency", paramLabel = "DURATION", defaultValue = "0ms", split = ",",
            description = "each task first makes a blocking call of this long, standing for a call to another"
                    + " service, e.g. 20ms; compare takes a comma-separated list and runs each (default: ${DEFAULT-VALUE})")
    List<String> ioLatency;

    @Option(names = "--duckdb-threads", paramLabel = "N",
            description = "DuckDB's own worker threads for the database, beside the threads that call it"
                    + " (default: DuckDB's, one per core)")
    Integer duckdbThreads;

    @Option(names = THREADS, paramLabel = "N",
            description = "worker threads in the executor's pool (default: the number of available processors)")
    Integer threads;

    @Option(names = MAX_IN_FLIGHT, paramLabel = "N",
            description = "bound the virtual threads to N tasks at once (default: no bound; compare's bounded row:"
                    + " the number of available processors)")
    Integer maxInFlight;

    @Option(names = EXECUTOR,
            description = "a virtual thread per task from Executors.newVirtualThreadPerTaskExecutor() instead of a"
                    + " structured scope: failures come back through futures, and the siblings carry on")
    boolean executor;

    @Option(names = "--connections", paramLabel = "POLICY", split = ",", converter = ConnectionKinds.class,
            description = "how tasks get connections: per-task (a fresh duplicate each, the guide's way),"
                    + " per-thread (one kept per pool thread, the executor's own), or pooled (at most N kept,"
                    + " N = --threads for the executor, the cores otherwise); compare takes a comma-separated list"
                    + " (default: per-thread for the executor, per-task for the others; compare: each policy"
                    + " a model takes)")
    List<ConnectionPolicy.Kind> connections;

    @Option(names = "--fail-task", paramLabel = "NAME",
            description = "make that task (e.g. write_thread_13) fail with an SQL error from DuckDB; repeatable")
    List<String> failing = new ArrayList<>();

    @Option(names = "--stall-task", paramLabel = "NAME",
            description = "make that task run a DuckDB query that ends only when interrupted; repeatable")
    List<String> stalling = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "stop the tasks still running this long after the first one starts, e.g. 500ms, 30s,"
                    + " 2m, PT30S (default: none)")
    String timeout;

    /** Drops the model flags {@code command} does not take, so that they are refused as unknown options. */
    public static void keepOnly(CommandLine command, Set<String> modelFlags) {
        CommandSpec spec = command.getCommandSpec();
        for (String flag : MODEL_FLAGS) {
            if (!modelFlags.contains(flag)) {
                spec.remove(spec.findOption(flag));
            }
        }
    }

    /** The connection policies given with {@code --connections}, in order; empty when it was not given. */
    public List<ConnectionPolicy.Kind> connectionKinds() {
        return connections == null ? List.of() : List.copyOf(connections);
    }

    /**
     * What was typed, checked and turned into options, for a command that runs one model; {@code
     * --connections} must name one of the policies it takes, once.
     *
     * @throws ParameterException with one line naming the flag
     */
    public Options options(ModelSpec model) {
        CommandLine commandLine = command.commandLine();
        List<ConnectionPolicy.Kind> kinds = connectionKinds();
        if (kinds.size() > 1) {
            throw new ParameterException(commandLine, "--connections takes one policy here; only compare takes a list");
        }
        Optional<ConnectionPolicy.Kind> kind = kinds.stream().findFirst();
        if (kind.isPresent() && !model.connections().contains(kind.get())) {
            throw new ParameterException(commandLine, "--connections " + kind.get().label() + " is not a policy "
                    + model.name() + " takes (" + model.describeConnections() + "); see docs/pitfalls.md");
        }
        if (writers.values().size() > 1) {
            throw new ParameterException(commandLine, "--writers takes one number here; only compare takes a list");
        }
        if (ioLatency.size() > 1) {
            throw new ParameterException(commandLine, "--io-latency takes one duration here; only compare takes a list");
        }
        return sweep(model.maxTasks()).getFirst().withConnections(kind);
    }

    /**
     * What was typed, checked and turned into options, one for each number of writers and each I/O latency
     * (in that order: the latencies of the first number of writers first), without {@code --connections}.
     *
     * @param maxTasks the most tasks the command's model takes in one run
     * @throws ParameterException with one line naming the flag
     */
    public List<Options> sweep(int maxTasks) {
        CommandLine commandLine = command.commandLine();
        for (int count : writers.values()) {
            // The command's own limit first: where it is the tighter one, it is the one worth reading about.
            if ((long) count + readers > maxTasks) {
                throw new ParameterException(commandLine, "--writers " + count + " and --readers " + readers
                        + " make " + ((long) count + readers) + " tasks; this demo runs at most " + maxTasks
                        + " (see docs/failures.md)");
            }
        }
        Optional<Duration> limit = Optional.ofNullable(timeout).map(value -> parse("--timeout", value, Durations::parse));
        List<Duration> latencies = ioLatency.stream()
                .map(value -> parse("--io-latency", value, Durations::parseNonNegative)).toList();
        List<Options> sweep = new ArrayList<>();
        for (int count : writers.values()) {
            for (Duration latency : latencies) {
                sweep.add(validated(() -> {
                    DatabaseLocation location = DatabaseLocation.parse(database);
                    Workload workload = new Workload(count, readers, seed).withIoLatency(latency);
                    return new Options(withFaults(workload),
                            duckdbThreads == null ? location : location.withDuckdbThreads(duckdbThreads),
                            threads == null ? Options.defaultThreads() : threads, Optional.ofNullable(maxInFlight),
                            limit);
                }));
            }
        }
        return sweep;
    }

    /** Text read as a value, or refused with the parser's reason after the flag. */
    private <T> T parse(String flag, String value, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), flag + " " + e.getMessage());
        }
    }

    /**
     * Options made by the records that validate them ({@link Workload}, {@link Options}, {@link
     * DatabaseLocation}): their messages name the value as its flag does, without the dashes, so a refusal
     * is the record's own words after {@code --}. Validation is theirs alone.
     */
    private Options validated(java.util.function.Supplier<Options> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw new ParameterException(command.commandLine(),
                    message.startsWith("needs ") ? "--db " + message : "--" + message);
        }
    }

    /** The faults, which only the workload can check: they must name its tasks. */
    private Workload withFaults(Workload workload) {
        try {
            return workload.withFaults(Set.copyOf(failing), Set.copyOf(stalling));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), "--fail-task, --stall-task: " + e.getMessage());
        }
    }

    /** One number, or several separated by commas, as {@code --writers} takes them. */
    public record Counts(List<Integer> values) {

        public Counts {
            values = List.copyOf(values);
        }

        @Override
        public String toString() {
            return values.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
    }

    /** Reads {@link Counts}, with picocli's own words for a value that is not a number. */
    static final class CountsConverter implements CommandLine.ITypeConverter<Counts> {
        @Override
        public Counts convert(String text) {
            List<Integer> values = new ArrayList<>();
            for (String value : text.split(",", -1)) {
                try {
                    values.add(Integer.parseInt(value.strip()));
                } catch (NumberFormatException e) {
                    throw new CommandLine.TypeConversionException("'" + value + "' is not an int");
                }
            }
            return new Counts(values);
        }
    }

    /** Reads {@code per-task}, {@code per-thread} and {@code pooled}. */
    static final class ConnectionKinds implements CommandLine.ITypeConverter<ConnectionPolicy.Kind> {
        @Override
        public ConnectionPolicy.Kind convert(String value) {
            try {
                return ConnectionPolicy.Kind.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
