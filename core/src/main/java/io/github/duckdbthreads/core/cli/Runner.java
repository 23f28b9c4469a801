package io.github.duckdbthreads.core.cli;

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

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
 * Every demo's {@code main}: parses the shared command line, runs the workload under the model it
 * chooses, and prints what the guide prints. Problems end in one line on standard error and an
 * {@link ExitStatus}: {@value ExitStatus#USAGE} for a bad command line, {@value ExitStatus#FAILURE} for a
 * database that cannot be used or a task that failed, {@value ExitStatus#TIMED_OUT} when {@code --timeout}
 * stopped the run, {@value ExitStatus#INTERRUPTED} when Ctrl-C did.
 */
public final class Runner {


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
        ExitStatus.exit(status);
    }

    /** Runs the demo, printing to the given streams, and returns the exit status. */
    public static int run(Demo demo, String[] args, PrintStream out, PrintStream err) {
        Invocation invocation;
        try {
            invocation = read(demo, args, out);
        } catch (ParameterException e) {
            err.println(demo.command() + ": " + Messages.firstLine(e.getMessage()) + " (see --help)");
            return ExitStatus.USAGE;
        }
        if (invocation == null) {
            return ExitStatus.OK;
        }
        Options options = invocation.options();
        ThreadingModel model = invocation.model().model(options);
        RunResult result;
        try {
            result = WorkloadRun.run(options.database(), options.workload(), model, options.timeout(),
                    out::println);
        } catch (SQLException e) {
            err.println(demo.command() + ": " + Messages.firstLine(e.getMessage()));
            return Thread.currentThread().isInterrupted() ? ExitStatus.INTERRUPTED : ExitStatus.FAILURE;
        }
        out.println(DataFrameFormatter.format(result.table()));
        for (TaskFailure failure : result.failures()) {
            err.println(failure.describe());
        }
        out.println(result.summary());
        return ExitStatus.of(result);
    }

    /** What a demo's command line asks for: the model it chooses, and the options for it. */
    public record Invocation(ModelSpec model, Options options) {
    }

    /**
     * Reads a demo's command line as {@link #run} does, without running anything.
     *
     * @return the options, or {@code null} when help was asked for and printed to {@code out}
     * @throws ParameterException with one line naming the flag, when the command line is refused
     */
    public static Options parse(Demo demo, String[] args, PrintStream out) {
        Invocation invocation = read(demo, args, out);
        return invocation == null ? null : invocation.options();
    }

    /**
     * Reads a demo's command line: the model its flags choose, and the options for it.
     *
     * @return {@code null} when help was asked for and printed to {@code out}
     * @throws ParameterException with one line naming the flag, when the command line is refused
     */
    public static Invocation read(Demo demo, String[] args, PrintStream out) {
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
        Set<String> given = demo.modelFlags().stream()
                .filter(flag -> commandLine.getParseResult().hasMatchedOption(flag))
                .collect(Collectors.toSet());
        ModelSpec model = demo.chosenBy(given);
        for (String flag : given) {
            if (!model.flags().contains(flag)) {
                throw new ParameterException(commandLine, flag + " is not taken by " + model.name()
                        + ", the model the other flags choose");
            }
        }
        return new Invocation(model, command.workload.options(model));
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
