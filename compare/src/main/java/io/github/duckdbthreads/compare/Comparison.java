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
 * right after the heaviest one.
 */
final class Comparison {

    /** Told about each row's run as it starts and ends. */
    interface Progress {
        void starting(Options point, Line line, int run, int runs);

        void finished(Line line, RunMeasurement measurement);
    }

    private Comparison() {
    }

    /**
     * @return one summary per point of the sweep and row, points in the order given and rows in the table's
     *         order, each with its ratio to the limit at its point when that was measured
     */
    static List<LineSummary> run(Settings settings, Progress progress) throws IOException, InterruptedException {
        List<LineSummary> rows = new ArrayList<>();
        for (Options point : settings.points()) {
            Map<Line, List<RunMeasurement>> measured = new LinkedHashMap<>();
            settings.lines().forEach(line -> measured.put(line, new ArrayList<>()));
            for (int run = 0; run < settings.runs(); run++) {
                for (Line line : rotated(settings.lines(), run)) {
                    progress.starting(point, line, run + 1, settings.runs());
                    RunMeasurement measurement;
                    try {
                        measurement = ChildJvm.measure(settings.rowArgs(point, line, run + 1));
                    } catch (ChildJvm.RowFailedException e) {
                        throw new ChildJvm.RowFailedException(
                                line.label() + ", run " + (run + 1) + " of " + settings.runs() + ": " + e.getMessage());
                    }
                    measured.get(line).add(measurement);
                    progress.finished(line, measurement);
                }
            }
            rows.addAll(summarise(measured));
        }
        return rows;
    }

    /** One summary per line, in the order given, each with its ratio to the limit when that was measured. */
    static List<LineSummary> summarise(Map<Line, List<RunMeasurement>> measured) {
        double limit = measured.containsKey(Line.LIMIT) ? LineSummary.of(measured.get(Line.LIMIT)).tasksPerSecond() : 0;
        List<LineSummary> rows = new ArrayList<>();
        measured.forEach((line, runs) -> rows.add(LineSummary.of(runs, limit)));
        return rows;
    }

    /** {@code lines} turned left by {@code by} places. */
    static List<Line> rotated(List<Line> lines, int by) {
        List<Line> order = new ArrayList<>(lines);
        Collections.rotate(order, -(by % Math.max(1, lines.size())));
        return order;
    }
}
