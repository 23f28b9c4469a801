package io.github.duckdbthreads.compare;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every row {@code runs} times, each run of each row in a fresh JVM, and summarises them. The
 * order of the rows turns by one place from run to run, so that no row always runs first, or always
 * right after the heaviest one.
 */
final class Comparison {

    /** Told about each row's run as it starts and ends. */
    interface Progress {
        void starting(Row row, int run, int runs);

        void finished(Row row, RunMeasurement measurement);
    }

    private Comparison() {
    }

    /** @return one summary per row, in the table's order, each with its ratio to the limit when measured */
    static List<RowSummary> run(Settings settings, Progress progress) throws IOException, InterruptedException {
        Map<Row, List<RunMeasurement>> measured = new EnumMap<>(Row.class);
        for (int run = 0; run < settings.runs(); run++) {
            for (Row row : rotated(settings.rows(), run)) {
                progress.starting(row, run + 1, settings.runs());
                RunMeasurement measurement;
                try {
                    measurement = ChildJvm.measure(settings.rowArgs(row));
                } catch (ChildJvm.RowFailedException e) {
                    throw new ChildJvm.RowFailedException(
                            row.label() + ", run " + (run + 1) + " of " + settings.runs() + ": " + e.getMessage());
                }
                measured.computeIfAbsent(row, r -> new ArrayList<>()).add(measurement);
                progress.finished(row, measurement);
            }
        }
        return summarise(measured);
    }

    static List<RowSummary> summarise(Map<Row, List<RunMeasurement>> measured) {
        RowSummary limit = measured.containsKey(Row.LIMIT)
                ? RowSummary.of(Row.LIMIT.label(), measured.get(Row.LIMIT)) : null;
        List<RowSummary> rows = new ArrayList<>();
        for (Row row : Row.values()) {
            if (measured.containsKey(row)) {
                rows.add(RowSummary.of(row.label(), measured.get(row)).relativeTo(limit));
            }
        }
        return rows;
    }

    /** {@code rows} turned left by {@code by} places. */
    static List<Row> rotated(List<Row> rows, int by) {
        List<Row> order = new ArrayList<>(rows);
        Collections.rotate(order, -(by % Math.max(1, rows.size())));
        return order;
    }
}
