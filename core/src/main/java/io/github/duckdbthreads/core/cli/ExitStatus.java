package io.github.duckdbthreads.core.cli;

import io.github.duckdbthreads.core.run.RunResult;

/**
 * The exit statuses of every command of this project, the demos' and {@code compare}'s, and how a
 * {@code main} ends with one.
 */
public final class ExitStatus {

    public static final int OK = 0;
    /** A task failed, or the database (or, for compare, a row or an output file) could not be used. */
    public static final int FAILURE = 1;
    /** A bad command line: one line naming the flag. */
    public static final int USAGE = 2;
    /** As coreutils' {@code timeout} reports a command it stopped. */
    public static final int TIMED_OUT = 124;
    /** 128 + SIGINT, what a shell reports for a command ended by Ctrl-C. */
    public static final int INTERRUPTED = 130;

    private ExitStatus() {
    }

    /** The status a run's result calls for; the most telling reason wins. */
    public static int of(RunResult result) {
        return switch (result.ending()) {
            case INTERRUPTED -> INTERRUPTED;
            case TIMED_OUT -> TIMED_OUT;
            case OUT_OF_THREADS, CANCELLED_ON_FAILURE -> FAILURE;
            case ALL_ENDED -> result.failures().isEmpty() ? OK : FAILURE;
        };
    }

    /**
     * Ends {@code main} with {@code status}. Success returns normally, so that {@code mvn exec:java},
     * which runs {@code main} inside Maven's own JVM, finishes its build as usual.
     */
    public static void exit(int status) {
        if (status != OK) {
            System.exit(status);
        }
    }
}
