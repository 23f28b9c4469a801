package io.github.duckdbthreads.core;

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Every demo's {@code main}: parses the shared command line, runs the workload under the demo's model,
 * and prints what the guide prints. Problems end in one line on standard error and an exit status:
 * {@value #USAGE} for a bad command line, {@value #FAILURE} for a database that cannot be used or a task
 * that failed, {@value #TIMED_OUT} when {@code --timeout} stopped the run, {@value #INTERRUPTED} when
 * Ctrl-C did.
 */
public final class Runner {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    /** As coreutils' {@code timeout} reports a command it stopped. */
    public static final int TIMED_OUT = 124;
    /** 128 + SIGINT, what a shell reports for a command ended by Ctrl-C. */
    public static final int INTERRUPTED = 130;

    /** How long Ctrl-C waits for the run to stop its tasks, close the database and print its summary. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);

    private Runner() {
    }

    /**
     * Runs the demo on the real console and exits with its status when that is not success. Ctrl-C
     * interrupts the run, which stops its tasks and prints how far it got; the JVM then exits with 130.
     */
    public static void main(Demo demo, String[] args) {
        Thread runner = Thread.currentThread();
        CountDownLatch finished = new CountDownLatch(1);
        Thread onSignal = Thread.ofPlatform().name("ctrl-c").unstarted(() -> {
            runner.interrupt();
            try {
                if (!finished.await(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    System.err.println(demo.command() + ": the run did not stop within "
                            + Durations.format(SHUTDOWN_GRACE) + "; exiting anyway");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(onSignal);
        int status;
        try {
            status = run(demo, args, System.out, System.err);
        } finally {
            finished.countDown();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(onSignal);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the JVM is already exiting (with 130), and System.exit now would block for ever.
            return;
        }
        if (status != OK) {
            // Success returns normally, so that exec:java finishes its build as usual.
            System.exit(status);
        }
    }

    /** Runs the demo, printing to the given streams, and returns the exit status. */
    public static int run(Demo demo, String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(demo, args, out);
        } catch (ParameterException e) {
            err.println(demo.command() + ": " + Messages.firstLine(e.getMessage()) + " (see --help)");
            return USAGE;
        }
        if (options == null) {
            return OK;
        }
        ThreadingModel model = demo.model().apply(options);
        RunResult result;
        try {
            result = WorkloadRun.run(options.database(), options.workload(), model, options.timeout(),
                    out::println);
        } catch (SQLException e) {
            err.println(demo.command() + ": " + Messages.firstLine(e.getMessage()));
            return Thread.currentThread().isInterrupted() ? INTERRUPTED : FAILURE;
        }
        out.println(DataFrameFormatter.format(result.table()));
        for (TaskFailure failure : result.failures()) {
            err.println(failure.describe());
        }
        out.println(result.summary());
        return status(result);
    }

    /** The exit status a run's result calls for; the most telling reason wins. */
    static int status(RunResult result) {
        return switch (result.ending()) {
            case INTERRUPTED -> INTERRUPTED;
            case TIMED_OUT -> TIMED_OUT;
            case OUT_OF_THREADS, CANCELLED_ON_FAILURE -> FAILURE;
            case ALL_ENDED -> result.failures().isEmpty() ? OK : FAILURE;
        };
    }

    /** @return the options, or {@code null} when help was asked for and printed */
    static Options parse(Demo demo, String[] args, PrintStream out) {
        CommandLineOptions flags = new CommandLineOptions();
        CommandLineOptions.Threads threads = new CommandLineOptions.Threads();
        CommandLine commandLine = new CommandLine(flags);
        commandLine.setCommandName(demo.command());
        commandLine.getCommandSpec().usageMessage().description(demo.description());
        if (demo.takesThreads()) {
            commandLine.addMixin("threads", threads);
        }
        commandLine.parseArgs(args);
        if (commandLine.isUsageHelpRequested()) {
            commandLine.usage(out);
            return null;
        }
        // The demo's own limit first: where it is the tighter one, it is the one worth reading about.
        if ((long) flags.writers + flags.readers > demo.maxTasks()) {
            throw new ParameterException(commandLine, "--writers " + flags.writers + " and --readers " + flags.readers
                    + " make " + ((long) flags.writers + flags.readers) + " tasks; this demo runs at most "
                    + demo.maxTasks() + " (see docs/failures.md)");
        }
        if (flags.writers < 0 || flags.writers > Workload.MAX_PER_KIND) {
            throw new ParameterException(commandLine,
                    "--writers must be 0 to " + Workload.MAX_PER_KIND + ", got " + flags.writers);
        }
        if (flags.readers < 0 || flags.readers > Workload.MAX_PER_KIND) {
            throw new ParameterException(commandLine,
                    "--readers must be 0 to " + Workload.MAX_PER_KIND + ", got " + flags.readers);
        }
        if (threads.threads != null && threads.threads < 1) {
            throw new ParameterException(commandLine, "--threads must be at least 1, got " + threads.threads);
        }
        DatabaseLocation database;
        try {
            database = DatabaseLocation.parse(flags.database);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, "--db " + e.getMessage());
        }
        Optional<Duration> timeout;
        try {
            timeout = Optional.ofNullable(flags.timeout).map(Durations::parse);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, "--timeout " + e.getMessage());
        }
        Workload workload;
        try {
            workload = new Workload(flags.writers, flags.readers, flags.seed,
                    Set.copyOf(flags.failing), Set.copyOf(flags.stalling));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, "--fail-task, --stall-task: " + e.getMessage());
        }
        return new Options(workload, database,
                threads.threads == null ? Options.defaultThreads() : threads.threads, timeout);
    }
}
