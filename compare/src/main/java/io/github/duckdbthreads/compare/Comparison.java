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
        void starting(Options point, Cell cell, int run, int runs);

        void finished(Cell cell, RunMeasurement measurement);
    }

    private Comparison() {
    }

    /**
     * @return one summary per point of the sweep and row, points in the order given and rows in the table's
     *         order, each with its ratio to the limit at its point when that was measured
     */
    static List<RowSummary> run(Settings settings, Progress progress) throws IOException, InterruptedException {
        List<RowSummary> rows = new ArrayList<>();
        for (Options point : settings.points()) {
            Map<Cell, List<RunMeasurement>> measured = new LinkedHashMap<>();
            settings.cells().forEach(cell -> measured.put(cell, new ArrayList<>()));
            for (int run = 0; run < settings.runs(); run++) {
                for (Cell cell : rotated(settings.cells(), run)) {
                    progress.starting(point, cell, run + 1, settings.runs());
                    RunMeasurement measurement;
                    try {
                        measurement = ChildJvm.measure(settings.rowArgs(point, cell, run + 1));
                    } catch (ChildJvm.RowFailedException e) {
                        throw new ChildJvm.RowFailedException(
                                cell.label() + ", run " + (run + 1) + " of " + settings.runs() + ": " + e.getMessage());
                    }
                    measured.get(cell).add(measurement);
                    progress.finished(cell, measurement);
                }
            }
            rows.addAll(summarise(measured));
        }
        return rows;
    }

    /** One summary per cell, in the order given, each with its ratio to the limit when that was measured. */
    static List<RowSummary> summarise(Map<Cell, List<RunMeasurement>> measured) {
        double limit = measured.containsKey(Cell.LIMIT) ? RowSummary.of(measured.get(Cell.LIMIT)).tasksPerSecond() : 0;
        List<RowSummary> rows = new ArrayList<>();
        measured.forEach((cell, runs) -> rows.add(RowSummary.of(runs, limit)));
        return rows;
    }

    /** {@code cells} turned left by {@code by} places. */
    static List<Cell> rotated(List<Cell> cells, int by) {
        List<Cell> order = new ArrayList<>(cells);
        Collections.rotate(order, -(by % Math.max(1, cells.size())));
        return order;
    }
}
