package io.github.duckdbthreads.compare;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import io.github.duckdbthreads.core.ConnectionPolicy.Kind;
import io.github.duckdbthreads.core.Durations;
import io.github.duckdbthreads.core.Messages;
import io.github.duckdbthreads.core.cli.ExitStatus;
import io.github.duckdbthreads.core.cli.ModelSpec;
import io.github.duckdbthreads.core.cli.Options;
import io.github.duckdbthreads.core.cli.WorkloadOptions;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.workload.Workload;

/**
 * {@code mvn -pl compare exec:java}: every model on the identical workload, each run of each row in a
 * fresh JVM, printed side by side. Problems end in one line on standard error and an exit status:
 * {@value ExitStatus#USAGE} for a bad command line, {@value ExitStatus#FAILURE} for a database, a row, the
 * Node.js program or a file that failed.
 */
@Command(name = "compare", sortOptions = false, usageHelpAutoWidth = true,
        description = "Runs DuckDB's \"Multiple Python Threads\" workload under every threading model and two"
                + " reference rows (sequential, limit), each run in a fresh JVM, and prints them side by side.",
        footer = "%nExit status: 0 success, 1 a row, a task, the database, the Node.js program or an output file failed,"
                + " 2 bad command line.")
public final class Compare {


    @Mixin
    WorkloadOptions workload;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "measured runs per model, each in a fresh JVM (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1",
            description = "uncounted runs each of those JVMs makes first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--census-every", paramLabel = "DURATION",
            description = "besides the census halfway through each twin run, one every DURATION, e.g. 250ms")
    String censusEvery;

    @Option(names = "--jfr", paramLabel = "DIR",
            description = "write a JFR profile of each measured run's task phase into DIR, e.g. to read with"
                    + " jfr view hot-methods FILE")
    Path profiles;

    @Option(names = "--carrier-trace",
            description = "also trace which of the virtual-thread scheduler's queues each task on a virtual thread came"
                    + " from, and what the probe waited behind when it woke more than 5 ms late (reads JDK-internal"
                    + " fields, opened to the measuring JVMs)")
    boolean carrierTrace;

    @Option(names = "--dry-run",
            description = "print what would be measured (points, rows, measuring JVMs) and exit without measuring")
    boolean dryRun;

    @Option(names = "--models", paramLabel = "NAME", split = ",",
            description = "only these rows, comma-separated (default: all of them)")
    List<String> models;

    @Option(names = "--node-bench", paramLabel = "FILE",
            description = "also time this Node.js program of the workload once per round of runs, e.g."
                    + " docs/examples/node-api/bench.mjs (run npm ci in its folder first); in memory, no I/O latency")
    Path nodeBench;

    @Option(names = "--task-cost", paramLabel = "N", arity = "0..1", fallbackValue = "" + TaskCost.TASKS,
            description = "also time each step of one writer on one thread, N times after N to warm up (default N:"
                    + " ${FALLBACK-VALUE}), in a JVM of its own after the rows: duplicate, prepare, execute, close, and"
                    + " beside them a kept INSERT, a kept SELECT 1 and one Statement")
    Integer taskCost;

    @Option(names = "--task-cost-setting", paramLabel = "NAME=VALUE",
            description = "with --task-cost: a DuckDB setting for that JVM's database alone, e.g."
                    + " enable_optimizer=false; may be given more than once")
    Map<String, String> taskCostSettings = new LinkedHashMap<>();

    @Option(names = "--json", paramLabel = "FILE", description = "also write the rows and the machine as JSON")
    Path json;

    @Option(names = "--report", paramLabel = "FILE.md", description = "also write a Markdown report with charts")
    Path report;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    public static void main(String[] args) {
        ExitStatus.exit(run(args, System.out, System.err));
    }

    /** Runs the comparison, printing the table to {@code out} and progress and problems to {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Compare command = new Compare();
        CommandLine commandLine = new CommandLine(command);
        // The one default that differs from the demos': a comparison measures, it keeps no file.
        commandLine.setDefaultValueProvider(option -> option instanceof OptionSpec flag
                && flag.longestName().equals("--db") ? DatabaseLocation.IN_MEMORY : null);
        Settings settings;
        try {
            commandLine.parseArgs(args);
            if (commandLine.isUsageHelpRequested()) {
                commandLine.usage(out);
                return ExitStatus.OK;
            }
            settings = command.settings(commandLine);
        } catch (ParameterException e) {
            err.println("compare: " + Messages.firstLine(e.getMessage()) + " (see --help)");
            return ExitStatus.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("compare: interrupted");
            return ExitStatus.FAILURE;
        }
        if (command.dryRun) {
            out.println("Would measure: " + Sweep.describe(settings) + "; " + settings.points().size() + " points x "
                    + settings.lines().size() + " rows x " + settings.runs() + " runs = "
                    + settings.points().size() * settings.lines().size() * settings.runs() + " measuring JVMs, each "
                    + settings.warmup() + " warm-up, 1 measured and 1 census run");
            settings.lines().forEach(line -> out.println("  " + line.label()));
            settings.nodeBench().ifPresent(bench -> out.println("Would also time " + bench.program() + " on "
                    + bench.client() + " once per round of runs, beside the rows: " + settings.points().size()
                    + " points x " + settings.runs() + " runs"));
            if (settings.carrierTrace()) {
                out.println("Would trace the scheduler's queues in every measured run, with "
                        + String.join(" ", CarrierTrace.JVM_FLAGS));
            }
            if (command.taskCost != null) {
                out.println("Would also time one task's steps, " + command.taskCost + " of each on one thread, in"
                        + " one more JVM" + (command.taskCostSettings.isEmpty() ? ""
                        : ", with " + String.join(", ", command.taskCostSettings.entrySet().stream()
                                .map(setting -> setting.getKey() + "=" + setting.getValue()).toList())));
            }
            return ExitStatus.OK;
        }
        String version;
        try {
            version = Preflight.duckdbVersion(settings.first().database());
        } catch (SQLException e) {
            err.println("compare: " + Messages.firstLine(e.getMessage()));
            return ExitStatus.FAILURE;
        }
        Machine machine = Machine.current(version, settings.jvmFlags());
        out.println("Machine: " + machine.describe());
        out.println("Workload: " + Sweep.describe(settings) + "; seed " + settings.seed() + ", database "
                + settings.database() + "; " + settings.runs() + (settings.runs() == 1 ? " measured run" : " measured runs")
                + " per row after " + settings.warmup() + " warm-up, each in a fresh JVM");
        Comparison.Result measured;
        TaskCost.Steps steps;
        try {
            measured = Comparison.run(settings, new TerminalProgress(err));
            steps = command.taskCost == null ? null
                    : taskCost(command.taskCost, command.taskCostSettings, settings, err);
        } catch (ChildJvm.RowFailedException e) {
            err.println();
            err.println("compare: " + e.getMessage());
            return ExitStatus.FAILURE;
        } catch (IOException e) {
            err.println("compare: cannot start a measuring JVM: " + Messages.firstLine(e.getMessage()));
            return ExitStatus.FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("compare: interrupted");
            return ExitStatus.FAILURE;
        }
        List<LineSummary> rows = measured.rows();
        Report result = new Report(machine, settings, commandFor(args), rows, measured.yardsticks(), steps);
        for (List<LineSummary> group : Sweep.byPoint(rows)) {
            out.println();
            out.println(Sweep.heading(group.getFirst()));
            out.print(Columns.text(group));
            List<LineSummary> traced = Columns.traced(group);
            if (!traced.isEmpty()) {
                out.println();
                out.println("Carrier trace: which scheduler queue each virtual task thread came from, and what the probe"
                        + " waited behind when it woke more than " + CarrierTrace.LATE.toMillis() + " ms late");
                out.print(Columns.text(Columns.CARRIER_TRACE, traced));
            }
            List<YardstickSummary> yardsticks = result.yardsticksAt(group.getFirst());
            if (!yardsticks.isEmpty()) {
                out.println();
                out.println("Other clients of DuckDB, same run (best row above: " + yardsticks.getFirst().bestRow() + ")");
                out.print(Columns.text(Columns.YARDSTICKS, yardsticks));
            }
        }
        if (steps != null) {
            out.println();
            steps.lines().forEach(out::println);
        }
        try {
            if (command.json != null) {
                Json.MAPPER.writeValue(command.json.toFile(), result);
            }
            if (command.report != null) {
                Files.writeString(command.report, MarkdownReport.render(result));
            }
        } catch (IOException e) {
            err.println("compare: cannot write the output: " + Messages.firstLine(e.getMessage()));
            return ExitStatus.FAILURE;
        }
        boolean allComplete = rows.stream().allMatch(row -> row.failedTasks() == 0
                && row.insertedRows() == row.expectedRows());
        if (!allComplete) {
            err.println("compare: some tasks failed or rows are missing; see the failed column");
        }
        return allComplete ? ExitStatus.OK : ExitStatus.FAILURE;
    }

    private Settings settings(CommandLine commandLine) throws InterruptedException {
        List<ModelSpec> chosen;
        try {
            chosen = models == null ? Models.ROWS : models.stream().map(Models::of).distinct().toList();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, "--models: " + e.getMessage());
        }
        List<Options> points = workload.sweep(2 * Workload.MAX_PER_KIND);
        List<Kind> kinds = workload.connectionKinds();
        List<Line> lines = chosen.stream()
                .flatMap(row -> row.connections().stream()
                        .filter(kind -> kinds.isEmpty() || kinds.contains(kind))
                        .map(kind -> new Line(row, kind)))
                .toList();
        if (lines.isEmpty()) {
            throw new ParameterException(commandLine, "--connections " + kinds.stream().map(Kind::label)
                    .collect(Collectors.joining(",")) + ": none of the chosen models runs with it");
        }
        for (ModelSpec row : chosen) {
            for (Options point : points) {
                if (point.workload().size() > row.maxTasks()) {
                    throw new ParameterException(commandLine, row.name() + " runs at most " + row.maxTasks()
                            + " tasks, and --writers and --readers make " + point.workload().size()
                            + "; leave it out with --models");
                }
            }
        }
        if (taskCost != null && taskCost < 1) {
            throw new ParameterException(commandLine, "--task-cost must be at least 1, got " + taskCost);
        }
        if (!taskCostSettings.isEmpty() && taskCost == null) {
            throw new ParameterException(commandLine, "--task-cost-setting is a setting of --task-cost; add --task-cost");
        }
        if (taskCostSettings.containsKey("threads")) {
            throw new ParameterException(commandLine, "--task-cost-setting threads: DuckDB's threads are the rows'"
                    + " --duckdb-threads, for the rows and the steps alike");
        }
        if (!taskCostSettings.isEmpty()) {
            try {
                TaskCost.check(taskCostSettings);
            } catch (SQLException e) {
                throw new ParameterException(commandLine, "--task-cost-setting: " + Messages.firstLine(e.getMessage()));
            }
        }
        checkWritable(commandLine, "--json", json);
        checkWritable(commandLine, "--report", report);
        if (profiles != null && !(Files.isDirectory(profiles) && Files.isWritable(profiles))) {
            throw new ParameterException(commandLine, "--jfr " + profiles + ": not a writable directory");
        }
        Optional<NodeBench> bench = nodeBench(commandLine, points);
        // The bounded row's default bound: as many tasks as cores.
        Optional<Integer> bound = points.getFirst().maxInFlight().or(() -> Optional.of(Options.defaultThreads()));
        try {
            return new Settings(points.stream().map(point -> point.withMaxInFlight(bound)).toList(), runs, warmup,
                    lines, censusEvery(commandLine), Optional.ofNullable(profiles), bench, carrierTrace);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, e.getMessage());
        }
    }

    private Optional<Duration> censusEvery(CommandLine commandLine) {
        try {
            return Optional.ofNullable(censusEvery).map(Durations::parse);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, "--census-every " + e.getMessage());
        }
    }

    /** The Node.js program runs the workload only as it is written: in memory, without I/O latency. */
    private Optional<NodeBench> nodeBench(CommandLine commandLine, List<Options> points) throws InterruptedException {
        if (nodeBench == null) {
            return Optional.empty();
        }
        String option = "--node-bench " + nodeBench;
        if (!Files.isRegularFile(nodeBench)) {
            throw new ParameterException(commandLine,
                    option + (Files.exists(nodeBench) ? ": not a file" : ": no such file"));
        }
        if (!(points.getFirst().database().place() instanceof DatabaseLocation.InMemory)) {
            throw new ParameterException(commandLine, option + ": the Node.js program runs in memory only, and --db is "
                    + points.getFirst().database() + "; leave out --db");
        }
        if (points.stream().anyMatch(point -> !point.workload().ioLatency().isZero())) {
            throw new ParameterException(commandLine, option + ": the Node.js program has no I/O latency; leave out"
                    + " --io-latency");
        }
        try {
            return Optional.of(NodeBench.of(nodeBench));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, option + ": " + e.getMessage());
        }
    }

    /**
     * One task's steps in a JVM of its own, with the rows' DuckDB threads, so that they are the rows' engine's,
     * and with the {@code more} settings of its own.
     */
    private static TaskCost.Steps taskCost(int tasks, Map<String, String> more, Settings settings, PrintStream progress)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("--tasks", Integer.toString(tasks)));
        settings.first().database().duckdbThreads().ifPresent(threads ->
                args.addAll(List.of("--duckdb-threads", Integer.toString(threads))));
        more.forEach((name, value) -> args.addAll(List.of("--setting", name + "=" + value)));
        progress.print("one task, step by step: " + tasks + " of each on one thread ...");
        progress.flush();
        try {
            TaskCost.Steps steps = ChildJvm.run(TaskCostProcess.class, args, TaskCost.Steps.class);
            progress.println(" done");
            return steps;
        } catch (ChildJvm.RowFailedException e) {
            throw new ChildJvm.RowFailedException("--task-cost: " + e.getMessage());
        }
    }

    /** Better said now than after a long run. */
    private static void checkWritable(CommandLine commandLine, String option, Path file) {
        if (file == null) {
            return;
        }
        Path directory = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file) || directory == null || !Files.isDirectory(directory)
                || !Files.isWritable(directory)) {
            throw new ParameterException(commandLine, option + " " + file + ": not a file in a writable directory");
        }
    }

    /** The command that reproduces this comparison, as the report prints it. */
    static String commandFor(String[] args) {
        String joined = Arrays.stream(args)
                .map(arg -> arg.isEmpty() || arg.contains(" ") ? "'" + arg + "'" : arg)
                .collect(Collectors.joining(" "));
        return "./mvnw -pl compare exec:java -Dexec.args=\"" + joined + "\"";
    }

    /** One line per run of a row: which model, which run of how many, how long its task phase took. */
    private record TerminalProgress(PrintStream err) implements Comparison.Progress {
        @Override
        public void starting(Options point, String label, int run, int runs) {
            err.print("run " + run + " of " + runs + ": " + label + ", " + Sweep.describe(point) + " ...");
            err.flush();
        }

        @Override
        public void finished(NodeBench bench, long wallNanos) {
            err.println(" " + Columns.decimal(wallNanos / 1e6, 1) + " ms");
        }

        @Override
        public void finished(Line line, RunMeasurement measurement) {
            List<String> notes = new ArrayList<>();
            notes.add(Columns.decimal(measurement.wallNanos() / 1e6, 1) + " ms");
            if (!measurement.complete()) {
                notes.add(measurement.failed() + " failed, " + measurement.insertedRows() + " of "
                        + measurement.expectedRows() + " rows" + (measurement.firstFailure() == null ? ""
                        : " (" + measurement.firstFailure() + ")"));
            }
            err.println(" " + String.join(", ", notes));
        }
    }
}
