package io.github.duckdbthreads.compare;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.duckdbthreads.core.cli.Options;

/**
 * Runs every row {@code runs} times, each run of each row in a fresh JVM, and summarises them. The
 * order of the rows turns by one place from run to run, so that no row always runs first, or always
 * right after the heaviest one. Another client's program, when there is one, takes its turn among them.
 */
final class Comparison {

    /** Told about each run of a row, or of the other client, as it starts and ends. */
    interface Progress {
        void starting(Options point, String label, int run, int runs);

        void finished(Line line, RunMeasurement measurement);

        void finished(NodeBench bench, long wallNanos);
    }

    /**
     * What was measured.
     *
     * @param rows       one summary per point of the sweep and row, points in the order given and rows in the
     *                   table's order, each with its ratio to the limit at its point when that was measured
     * @param yardsticks one summary per point of the other client's runs; empty without one
     */
    record Result(List<LineSummary> rows, List<YardstickSummary> yardsticks) {
        Result {
            rows = List.copyOf(rows);
            yardsticks = List.copyOf(yardsticks);
        }
    }

    /** One run of a row, or of the other client. */
    private interface Turn {
        void take(int run) throws IOException, InterruptedException;
    }

    private Comparison() {
    }

    static Result run(Settings settings, Progress progress) throws IOException, InterruptedException {
        List<LineSummary> rows = new ArrayList<>();
        List<YardstickSummary> yardsticks = new ArrayList<>();
        for (Options point : settings.points()) {
            Map<Line, List<RunMeasurement>> measured = new LinkedHashMap<>();
            List<Long> timed = new ArrayList<>();
            List<Turn> turns = new ArrayList<>();
            for (Line line : settings.lines()) {
                measured.put(line, new ArrayList<>());
                turns.add(run -> measured.get(line).add(measure(settings, point, line, run, progress)));
            }
            settings.nodeBench().ifPresent(bench -> turns.add(
                    run -> timed.add(time(settings, point, bench, run, progress))));
            for (int run = 0; run < settings.runs(); run++) {
                for (Turn turn : rotated(turns, run)) {
                    turn.take(run + 1);
                }
            }
            List<LineSummary> summaries = summarise(measured);
            rows.addAll(summaries);
            settings.nodeBench().ifPresent(bench -> yardsticks.add(YardstickSummary.of(bench,
                    point.workload().writers(), point.workload().readers(),
                    timed.stream().mapToLong(Long::longValue).toArray(), summaries)));
        }
        return new Result(rows, yardsticks);
    }

    private static RunMeasurement measure(Settings settings, Options point, Line line, int run, Progress progress)
            throws IOException, InterruptedException {
        progress.starting(point, line.label(), run, settings.runs());
        RunMeasurement measurement;
        try {
            measurement = ChildJvm.measure(settings.jvmFlags(), settings.rowArgs(point, line, run));
        } catch (ChildJvm.RowFailedException e) {
            throw failed(line.label(), run, settings, e);
        }
        progress.finished(line, measurement);
        return measurement;
    }

    private static long time(Settings settings, Options point, NodeBench bench, int run, Progress progress)
            throws IOException, InterruptedException {
        progress.starting(point, bench.label(), run, settings.runs());
        long wallNanos;
        try {
            wallNanos = bench.time(point.workload().writers(), point.workload().readers(),
                    point.database().duckdbThreads());
        } catch (ChildJvm.RowFailedException e) {
            throw failed(bench.label(), run, settings, e);
        }
        progress.finished(bench, wallNanos);
        return wallNanos;
    }

    private static ChildJvm.RowFailedException failed(String label, int run, Settings settings,
                                                      ChildJvm.RowFailedException e) {
        return new ChildJvm.RowFailedException(label + ", run " + run + " of " + settings.runs() + ": " + e.getMessage());
    }

    /** One summary per line, in the order given, each with its ratio to the limit when that was measured. */
    static List<LineSummary> summarise(Map<Line, List<RunMeasurement>> measured) {
        double limit = measured.containsKey(Line.LIMIT) ? LineSummary.of(measured.get(Line.LIMIT)).tasksPerSecond() : 0;
        List<LineSummary> rows = new ArrayList<>();
        measured.forEach((line, runs) -> rows.add(LineSummary.of(runs, limit)));
        return rows;
    }

    /** {@code turns} turned left by {@code by} places. */
    static <T> List<T> rotated(List<T> turns, int by) {
        List<T> order = new ArrayList<>(turns);
        Collections.rotate(order, -(by % Math.max(1, turns.size())));
        return order;
    }
}
