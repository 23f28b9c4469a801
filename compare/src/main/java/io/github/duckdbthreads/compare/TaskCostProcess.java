package io.github.duckdbthreads.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The entry point of the JVM that times one task's steps ({@link TaskCost}) for {@code compare --task-cost},
 * written as JSON to {@code --out}: a JVM of its own, so that no row's JIT profile or heap is in it. Not
 * meant to be started by hand; {@link TaskCost} itself is.
 */
@Command(name = "compare-task-cost")
public final class TaskCostProcess {

    @Option(names = "--tasks", required = true)
    int tasks;
    @Option(names = "--duckdb-threads")
    Integer duckdbThreads;
    @Option(names = "--setting")
    Map<String, String> more = Map.of();
    @Option(names = "--out", required = true)
    Path out;

    public static void main(String[] args) {
        int status;
        try {
            TaskCostProcess process = new TaskCostProcess();
            new CommandLine(process).parseArgs(args);
            Map<String, String> settings = new LinkedHashMap<>();
            if (process.duckdbThreads != null) {
                settings.put("threads", process.duckdbThreads.toString());
            }
            settings.putAll(process.more);
            Json.MAPPER.writeValue(process.out.toFile(), TaskCost.measure(process.tasks, settings));
            status = 0;
        } catch (RuntimeException | SQLException | IOException e) {
            System.err.println(e);
            status = 1;
        }
        // DuckDB's native threads must not keep this JVM waiting: the database is closed by now.
        System.exit(status);
    }
}
