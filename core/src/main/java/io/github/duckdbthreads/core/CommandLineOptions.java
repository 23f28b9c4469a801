package io.github.duckdbthreads.core;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The flags every demo shares. */
@Command(sortOptions = false, usageHelpAutoWidth = true,
        footer = {"%nExit status: 0 success, 1 a task or the database failed, 2 bad command line,",
                "124 stopped by --timeout, 130 interrupted (Ctrl-C). See docs/failures.md."})
final class CommandLineOptions {

    @Option(names = "--writers", paramLabel = "N", defaultValue = "" + Workload.DEFAULT_WRITERS,
            description = "writer tasks, each inserting one row, at most " + Workload.MAX_PER_KIND
                    + " (default: ${DEFAULT-VALUE})")
    int writers;

    @Option(names = "--readers", paramLabel = "N", defaultValue = "" + Workload.DEFAULT_READERS,
            description = "reader tasks, each printing the row count it sees, at most " + Workload.MAX_PER_KIND
                    + " (default: ${DEFAULT-VALUE})")
    int readers;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + Workload.DEFAULT_SEED,
            description = "seed of the shuffle that orders the tasks (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--db", paramLabel = "PATH|:memory:", defaultValue = DatabaseLocation.DEFAULT_FILE,
            description = "database file, created if absent, or :memory: (default: ${DEFAULT-VALUE})")
    String database;

    @Option(names = "--fail-task", paramLabel = "NAME",
            description = "make that task (e.g. write_thread_13) fail with an SQL error from DuckDB; repeatable")
    List<String> failing = new ArrayList<>();

    @Option(names = "--stall-task", paramLabel = "NAME",
            description = "make that task run a DuckDB query that ends only when interrupted; repeatable")
    List<String> stalling = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "stop the tasks still running after this long, e.g. 500ms, 30s, 2m, PT30S (default: none)")
    String timeout;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    /** Only for demos whose model keeps a pool. */
    static final class Threads {
        @Option(names = "--threads", paramLabel = "N",
                description = "worker threads in the pool (default: the number of available processors)")
        Integer threads;
    }
}
