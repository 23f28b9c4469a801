package io.github.duckdbthreads.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import io.github.duckdbthreads.core.cli.ModelSpec;
import io.github.duckdbthreads.core.cli.Options;
import io.github.duckdbthreads.core.cli.WorkloadOptions;

/**
 * The entry point of the JVM that measures one run of one row: the warm-up runs, the measured run, and its
 * twin with the census of the task threads ({@link CensusRun}), written as JSON to {@code --out}. The comparison starts one such JVM per row and run, so that no row
 * inherits another's JIT profile, heap or threads. It reads the workload's flags as every demo does
 * ({@link WorkloadOptions}), from the arguments {@link Options#toArgs()} wrote. Not meant to be started by hand.
 */
@Command(name = "compare-row")
public final class LineProcess {

    @Mixin
    WorkloadOptions workload;
    @Option(names = "--model", required = true)
    String model;
    @Option(names = "--warmup", required = true)
    int warmup;
    @Option(names = "--out", required = true)
    Path out;
    @Option(names = "--census-every")
    Duration censusEvery;
    @Option(names = "--jfr")
    Path profile;
    @Option(names = "--carrier-trace")
    boolean carrierTrace;

    public static void main(String[] args) {
        int status;
        try {
            LineProcess process = new LineProcess();
            new CommandLine(process).parseArgs(args);
            process.run();
            status = 0;
        } catch (RuntimeException | SQLException | IOException e) {
            System.err.println(e);
            status = 1;
        }
        // DuckDB's native threads must not keep this JVM waiting: the database is closed by now.
        System.exit(status);
    }

    private void run() throws SQLException, IOException {
        ModelSpec chosen = Models.of(model);
        Options options = workload.options(chosen);
        for (int i = 0; i < warmup; i++) {
            RunMeasurement discarded = RunInstruments.measure(chosen.model(options), options);
            if (!discarded.complete()) {
                System.err.println("warm-up run " + (i + 1) + " incomplete: " + discarded.firstFailure());
            }
        }
        RunMeasurement measured = RunInstruments.measure(chosen.model(options), options, Optional.ofNullable(profile),
                carrierTrace);
        List<Census.Sample> census = CensusRun.take(chosen.model(options), options, Optional.ofNullable(censusEvery));
        Json.MAPPER.writeValue(out.toFile(), measured.withCensus(census));
    }
}
