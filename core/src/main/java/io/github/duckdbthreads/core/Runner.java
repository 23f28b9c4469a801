package io.github.duckdbthreads.core;

import java.io.PrintStream;
import java.sql.SQLException;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Every demo's {@code main}: parses the shared command line, runs the workload under the demo's model,
 * and prints what the guide prints. Problems end in one line on standard error and an exit status:
 * {@value #USAGE} for a bad command line, {@value #FAILURE} for a database that cannot be used or a task
 * that failed.
 */
public final class Runner {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private Runner() {
    }

    /** Runs the demo on the real console and exits with its status when that is not success. */
    public static void main(Demo demo, String[] args) {
        int status = run(demo, args, System.out, System.err);
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
            result = WorkloadRun.run(options.database(), options.workload(), model, out::println);
        } catch (SQLException e) {
            err.println(demo.command() + ": " + Messages.firstLine(e.getMessage()));
            return FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(demo.command() + ": interrupted");
            return FAILURE;
        }
        out.println(DataFrameFormatter.format(result.table()));
        for (TaskFailure failure : result.failures()) {
            err.println(failure.describe());
        }
        out.println(result.summary());
        return result.failures().isEmpty() ? OK : FAILURE;
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
        if (flags.writers < 0) {
            throw new ParameterException(commandLine, "--writers must be zero or more, got " + flags.writers);
        }
        if (flags.readers < 0) {
            throw new ParameterException(commandLine, "--readers must be zero or more, got " + flags.readers);
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
        Workload workload;
        try {
            workload = new Workload(flags.writers, flags.readers, flags.seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, "--writers and --readers: " + e.getMessage());
        }
        return new Options(workload, database,
                threads.threads == null ? Options.defaultThreads() : threads.threads);
    }
}
