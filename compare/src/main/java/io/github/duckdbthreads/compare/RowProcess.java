package io.github.duckdbthreads.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import io.github.duckdbthreads.core.DatabaseLocation;
import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.Workload;

/**
 * The entry point of the JVM that measures one run of one row: the warm-up runs, then the measured run,
 * written as JSON to {@code --out}. The comparison starts one such JVM per row and run, so that no row
 * inherits another's JIT profile, heap or threads. Not meant to be started by hand.
 */
@Command(name = "compare-row")
public final class RowProcess implements Callable<Integer> {

    @Option(names = "--row", required = true)
    String row;
    @Option(names = "--writers", required = true)
    int writers;
    @Option(names = "--readers", required = true)
    int readers;
    @Option(names = "--seed", required = true)
    long seed;
    @Option(names = "--db", required = true)
    String database;
    @Option(names = "--warmup", required = true)
    int warmup;
    @Option(names = "--threads", required = true)
    int threads;
    @Option(names = "--max-in-flight", required = true)
    int maxInFlight;
    @Option(names = "--out", required = true)
    Path out;

    public static void main(String[] args) {
        int status;
        try {
            status = new CommandLine(new RowProcess()).execute(args);
        } catch (RuntimeException e) {
            System.err.println(e);
            status = 1;
        }
        // DuckDB's native threads must not keep this JVM waiting: the database is closed by now.
        System.exit(status);
    }

    @Override
    public Integer call() throws SQLException, InterruptedException, IOException {
        Row chosen = Row.of(row);
        Workload workload = new Workload(writers, readers, seed);
        DatabaseLocation location = DatabaseLocation.parse(database);
        for (int i = 0; i < warmup; i++) {
            RunMeasurement discarded = MeasuredRun.run(model(chosen), workload, location);
            if (!discarded.complete()) {
                System.err.println("warm-up run " + (i + 1) + " incomplete: " + discarded.firstFailure());
            }
        }
        RunMeasurement measured = MeasuredRun.run(model(chosen), workload, location);
        Json.MAPPER.writeValue(out.toFile(), measured);
        return 0;
    }

    private ThreadingModel model(Row chosen) {
        return chosen.model(threads, maxInFlight);
    }
}
