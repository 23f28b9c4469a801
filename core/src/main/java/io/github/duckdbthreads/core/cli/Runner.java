package io.github.duckdbthreads.core.cli;

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import io.github.duckdbthreads.core.Durations;
import io.github.duckdbthreads.core.Messages;
import io.github.duckdbthreads.core.TaskFailure;
import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.run.RunResult;
import io.github.duckdbthreads.core.run.WorkloadRun;

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
     * (SIGINT) interrupts the run, which stops its tasks and prints how far it got; the JVM then exits
     * with 130 (143 for SIGTERM). A second Ctrl-C while the run is stopping ends the process at once.
     */
    public static void main(Demo demo, String[] args) {
        Thread runner = Thread.currentThread();
        CountDownLatch finished = new CountDownLatch(1);
        Thread onSignal = Thread.ofPlatform().name("ctrl-c").unstarted(() -> {
            Signals.endProcessOnNextSignal();
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

    /**
     * Reads a demo's command line as {@link #run} does, without running anything.
     *
     * @return the options, or {@code null} when help was asked for and printed to {@code out}
     * @throws ParameterException with one line naming the flag, when the command line is refused
     */
    public static Options parse(Demo demo, String[] args, PrintStream out) {
        DemoCommand command = new DemoCommand();
        CommandLine commandLine = new CommandLine(command);
        commandLine.setCommandName(demo.command());
        commandLine.getCommandSpec().usageMessage().description(demo.description());
        WorkloadOptions.keepOnly(commandLine, demo.modelFlags());
        commandLine.parseArgs(args);
        if (commandLine.isUsageHelpRequested()) {
            commandLine.usage(out);
            return null;
        }
        return command.workload.options(demo.maxTasks(), demo.connections());
    }

    /** A demo's command line: the workload's flags and help. */
    @Command(sortOptions = false, usageHelpAutoWidth = true,
            footer = {"%nExit status: 0 success, 1 a task or the database failed, 2 bad command line,",
                    "124 stopped by --timeout, 130 interrupted (Ctrl-C). See docs/failures.md."})
    static final class DemoCommand {
        @Mixin
        WorkloadOptions workload;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
        boolean help;
    }
}
