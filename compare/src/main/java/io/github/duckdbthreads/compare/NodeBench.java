package io.github.duckdbthreads.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.duckdbthreads.core.Durations;
import io.github.duckdbthreads.core.Messages;

/**
 * The guide's workload on Node.js with DuckDB's own client ({@code docs/examples/node-api/bench.mjs}), timed
 * once in each round of the rows, so that the same engine behind another client is measured on the same
 * machine at the same moment. The program runs in memory, without I/O latency, with a shuffle of its own,
 * makes its own warm-up run, and prints one line: {@code 1388.2 ms, 5000 rows}.
 *
 * @param program the Node.js program, run as {@code node PROGRAM WRITERS READERS}
 * @param node    what {@code node --version} said, e.g. {@code v20.20.2}
 * @param timeout how long one run may take before it is stopped
 */
record NodeBench(Path program, String node, Duration timeout) {

    /** Far longer than the program takes at the sizes compare runs; a run that takes it is stuck. */
    static final Duration TIMEOUT = Duration.ofMinutes(10);

    /** The environment variable that gives the program DuckDB's {@code threads} setting. */
    static final String THREADS = "DUCKDB_THREADS";

    private static final Pattern LINE = Pattern.compile("(\\d{1,12}(?:\\.\\d+)?) ms, (\\d{1,9}) rows");

    NodeBench {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * The program, with the version of the {@code node} on the PATH that will run it.
     *
     * @throws IllegalArgumentException if there is no such {@code node} to ask
     */
    static NodeBench of(Path program) throws InterruptedException {
        String failure;
        try {
            Path version = Files.createTempFile("compare-node-", ".txt");
            try {
                OptionalInt status = ChildProcess.run(new ProcessBuilder("node", "--version")
                        .redirectErrorStream(true).redirectOutput(version.toFile()), Optional.of(Duration.ofMinutes(1)));
                if (status.orElse(-1) == 0) {
                    return new NodeBench(program, Files.readString(version).strip(), TIMEOUT);
                }
                failure = status.isEmpty() ? "did not answer" : "exited with status " + status.getAsInt();
            } finally {
                Files.deleteIfExists(version);
            }
        } catch (IOException e) {
            failure = Messages.firstLine(e.getMessage());
        }
        throw new IllegalArgumentException("node --version failed (" + failure + "): install Node.js"
                + " (https://nodejs.org) and put node on the PATH");
    }

    /** e.g. {@code node bench.mjs}, for progress lines and errors. */
    String label() {
        return "node " + program.getFileName();
    }

    /** e.g. {@code Node.js v20.20.2}, for the table. */
    String client() {
        return "Node.js " + node;
    }

    /**
     * Runs the program once and reads its line.
     *
     * @param duckdbThreads DuckDB's own worker threads, as the rows were given them ({@code --duckdb-threads}):
     *                      passed on as {@code DUCKDB_THREADS}, so that both clients run the engine alike
     * @return the wall time of its measured run, in nanoseconds
     * @throws ChildJvm.RowFailedException with a one-line reason if it failed, timed out, or printed no line
     *                                     that accounts for every writer
     * @throws InterruptedException        if interrupted while it runs; it is stopped first
     */
    long time(int writers, int readers, OptionalInt duckdbThreads) throws IOException, InterruptedException {
        Path out = Files.createTempFile("compare-node-", ".out");
        Path log = Files.createTempFile("compare-node-", ".log");
        try {
            ProcessBuilder node = new ProcessBuilder("node", program.toString(),
                    Integer.toString(writers), Integer.toString(readers))
                    .redirectOutput(out.toFile()).redirectError(log.toFile());
            node.environment().remove(THREADS);
            duckdbThreads.ifPresent(threads -> node.environment().put(THREADS, Integer.toString(threads)));
            OptionalInt status = ChildProcess.run(node, Optional.of(timeout));
            if (status.isEmpty()) {
                throw new ChildJvm.RowFailedException("did not finish in " + Durations.format(timeout) + ", stopped");
            }
            if (status.getAsInt() != 0) {
                throw new ChildJvm.RowFailedException(reason(Files.readAllLines(log), status.getAsInt()));
            }
            return parse(Files.readString(out), writers);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(log);
        }
    }

    /**
     * Reads the program's output: one line of its wall time and the rows it left.
     *
     * @return the wall time, in nanoseconds
     * @throws ChildJvm.RowFailedException if that is not what it printed, or the rows are not one per writer
     */
    static long parse(String output, int writers) {
        List<String> lines = output.strip().lines().map(String::strip).toList();
        Matcher line = LINE.matcher(lines.size() == 1 ? lines.getFirst() : "");
        if (!line.matches()) {
            String printed = output.isBlank() ? "nothing" : lines.size() > 1 ? lines.size() + " lines"
                    : "'" + lines.getFirst() + "'";
            throw new ChildJvm.RowFailedException("printed " + printed + ", not one line like '1388.2 ms, 5000 rows'");
        }
        long rows = Long.parseLong(line.group(2));
        if (rows != writers) {
            throw new ChildJvm.RowFailedException("left " + rows + " rows, not one per writer (" + writers + ")");
        }
        return Math.round(Double.parseDouble(line.group(1)) * 1e6);
    }

    /** Node's own line about the error, and what to do when the program's packages were never installed. */
    private String reason(List<String> log, int status) {
        List<String> said = log.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
        String error = said.stream().filter(line -> line.contains("Error")).findFirst()
                .orElse(said.isEmpty() ? "" : said.getLast());
        String reason = "node exited with status " + status + (error.isEmpty() ? "" : ": " + error);
        return error.contains("ERR_MODULE_NOT_FOUND")
                ? reason + "; run npm ci in " + program.toAbsolutePath().getParent() + " first" : reason;
    }
}
