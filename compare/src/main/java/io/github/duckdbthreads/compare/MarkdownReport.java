package io.github.duckdbthreads.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The comparison as a Markdown page: the workload, the machine, the exact command; for each point of the
 * sweep its table and charts, and the other client of DuckDB timed beside the rows, if any; and for a sweep,
 * how each row's throughput, threads and heap change from point to point. Charts are Mermaid
 * {@code xychart-beta}, which GitHub renders without any tool; every bar chart is horizontal, every axis
 * starts at zero, and every title says which way is better.
 */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static String render(Report report) {
        Settings settings = report.settings();
        Machine machine = report.machine();
        StringBuilder out = new StringBuilder();
        out.append("## ").append(Sweep.describe(settings)).append(", database ").append(settings.database())
                .append("\n\n");
        out.append("Seed ").append(settings.seed()).append("; ").append(settings.runs())
                .append(settings.runs() == 1 ? " measured run" : " measured runs").append(" per row, each in a fresh JVM after ")
                .append(settings.warmup()).append(settings.warmup() == 1 ? " warm-up run" : " warm-up runs")
                .append("; executor pool ").append(settings.threads())
                .append(" threads; bounded virtual threads ").append(settings.maxInFlight()).append(" in flight;")
                .append(" a pool holds as many connections as the executor has threads, otherwise one per core;")
                .append(" DuckDB's worker threads: ").append(settings.duckdbThreads()).append(".\n\n");
        out.append("Machine: ").append(machine.describe()).append(".  \n");
        out.append("Flags of every measuring JVM: `").append(String.join(" ", machine.jvmFlags())).append("`\n\n");
        out.append("```\n").append(report.command()).append("\n```\n");
        List<List<LineSummary>> points = Sweep.byPoint(report.rows());
        for (List<LineSummary> point : points) {
            out.append("\n### ").append(Sweep.heading(point.getFirst())).append("\n\n");
            out.append(Columns.markdown(point)).append('\n');
            out.append(chart("Throughput (tasks/s, higher is better)", "tasks/s", point, LineSummary::tasksPerSecond, 0));
            out.append('\n');
            out.append(chart("Probe lag p99 (ms, lower is better)", "ms", point, LineSummary::probeLagP99Ms, 1));
            out.append(carrierTrace(point));
            out.append(yardsticks(report.yardsticksAt(point.getFirst())));
        }
        if (points.size() > 1) {
            out.append("\n### Across the sweep\n\n");
            out.append("Throughput, tasks/s (higher is better):\n\n");
            out.append(pivot(points, row -> Columns.decimal(row.tasksPerSecond(), 0)));
            out.append("\nPeak live platform threads (fewer is lighter):\n\n");
            out.append(pivot(points, row -> Integer.toString(row.peakLiveThreads())));
            out.append("\nPeak heap, MB (less is lighter):\n\n");
            out.append(pivot(points, row -> Columns.decimal(row.peakHeapMb(), 0)));
            out.append('\n');
            out.append(lines(points));
        }
        if (report.taskCost() != null) {
            out.append("\n### ").append(taskCostHeading(report.taskCost())).append("\n\n");
            out.append(taskCost(report.taskCost()));
        }
        return out.toString();
    }

    /** The carrier trace's table for the rows of one point that have one; nothing without a trace. */
    private static String carrierTrace(List<LineSummary> point) {
        List<LineSummary> traced = Columns.traced(point);
        if (traced.isEmpty()) {
            return "";
        }
        return "\n#### Carrier trace\n\n" + CARRIER_TRACE_TEXT + "\n\n" + Columns.markdown(Columns.CARRIER_TRACE, traced);
    }

    static final String CARRIER_TRACE_TEXT = "Which of the virtual-thread scheduler's queues each task on a virtual"
            + " thread came from, and what the probe waited behind. *same queue*: of two tasks in a row on one carrier,"
            + " the share whose second came from the same queue as the first. *late wakes*: the probe's wake-ups more"
            + " than " + CarrierTrace.LATE.toMillis() + " ms late; *tasks per late wake*: the tasks that started meanwhile;"
            + " *passed over*: the share of late wake-ups during which tasks started, none of them from the queue the"
            + " probe was waiting in. Medians over runs.";

    /** e.g. {@code One task, step by step: median of 5000 on one thread, DuckDB v2.0.0, 2 worker threads}. */
    private static String taskCostHeading(TaskCost.Steps steps) {
        return "One task, step by step: median of " + steps.tasks() + " on one thread, DuckDB " + steps.duckdb()
                + ", " + steps.threads() + (steps.threads() == 1 ? " worker thread" : " worker threads")
                + (steps.settings().isEmpty() ? "" : ", " + steps.settings());
    }

    /** A line per step: the guide's writer, then a kept INSERT, a kept SELECT 1 and one Statement. */
    static String taskCost(TaskCost.Steps steps) {
        StringBuilder out = new StringBuilder("| step | median µs |\n| --- | ---: |\n");
        steps.byLabel().forEach((step, micros) -> out.append("| ").append(step).append(" | ")
                .append(Columns.decimal(micros, 0)).append(" |\n"));
        return out.toString();
    }

    /** The other clients timed at a point, in their own table, each against the point's best row. */
    static String yardsticks(List<YardstickSummary> yardsticks) {
        if (yardsticks.isEmpty()) {
            return "";
        }
        return "\n#### Other clients of DuckDB, same run\n\n"
                + "Timed once in each round of the rows, in memory, with the program's own shuffle and warm-up"
                + " run, and the DuckDB its package brings. The best row of the table above, `"
                + yardsticks.getFirst().bestRow() + "`, over each:\n\n"
                + Columns.markdown(Columns.YARDSTICKS, yardsticks);
    }

    /** A horizontal bar per row, from zero to a little past the largest value. */
    static String chart(String title, String axis, List<LineSummary> rows, ToDoubleFunction<LineSummary> value,
                        int places) {
        String labels = rows.stream().map(row -> "\"" + label(row) + "\"").collect(Collectors.joining(", "));
        String values = rows.stream()
                .map(row -> Columns.decimal(value.applyAsDouble(row), places))
                .collect(Collectors.joining(", "));
        double end = niceCeiling(rows.stream().mapToDouble(value).max().orElse(0));
        return "```mermaid\nxychart-beta horizontal\n"
                + "    title \"" + title + "\"\n"
                + "    x-axis [" + labels + "]\n"
                + "    y-axis \"" + axis + "\" 0 --> " + axisEnd(end) + "\n"
                + "    bar [" + values + "]\n"
                + "```\n";
    }

    /** A table with a line per row and a column per point of the sweep. */
    static String pivot(List<List<LineSummary>> points, Function<LineSummary, String> value) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (List<LineSummary> point : points) {
            for (LineSummary row : point) {
                lines.computeIfAbsent(label(row), key -> new ArrayList<>()).add(value.apply(row));
            }
        }
        StringBuilder out = new StringBuilder("| row | ");
        out.append(points.stream().map(point -> pointLabel(point.getFirst())).collect(Collectors.joining(" | ")))
                .append(" |\n| --- |").append(" ---: |".repeat(points.size())).append('\n');
        lines.forEach((row, values) -> out.append("| ").append(row).append(" | ")
                .append(String.join(" | ", values)).append(" |\n"));
        return out.toString();
    }

    /**
     * Throughput against the sweep, one chart per row (Mermaid draws no legend, so a chart with a line per
     * row could not say which line is which), every chart on the same scale.
     */
    static String lines(List<List<LineSummary>> points) {
        String axis = points.stream().map(point -> "\"" + pointLabel(point.getFirst()) + "\"")
                .collect(Collectors.joining(", "));
        double end = niceCeiling(points.stream().flatMap(List::stream).mapToDouble(LineSummary::tasksPerSecond)
                .max().orElse(0));
        Map<String, List<String>> series = new LinkedHashMap<>();
        for (List<LineSummary> point : points) {
            for (LineSummary row : point) {
                series.computeIfAbsent(label(row), key -> new ArrayList<>())
                        .add(Columns.decimal(row.tasksPerSecond(), 0));
            }
        }
        StringBuilder out = new StringBuilder();
        series.forEach((row, values) -> out.append("```mermaid\nxychart-beta\n")
                .append("    title \"").append(row).append(": tasks/s (higher is better)\"\n")
                .append("    x-axis [").append(axis).append("]\n")
                .append("    y-axis \"tasks/s\" 0 --> ").append(axisEnd(end)).append('\n')
                .append("    line [").append(String.join(", ", values)).append("]\n")
                .append("```\n\n"));
        return out.toString();
    }

    private static String label(LineSummary row) {
        return row.model() + " " + row.connections();
    }

    /** What tells the points apart: the latency, and the writers when they change too. */
    private static String pointLabel(LineSummary row) {
        return row.writers() + " w, " + Sweep.heading(row).substring(Sweep.heading(row).indexOf("I/O latency ")
                + "I/O latency ".length());
    }

    private static String axisEnd(double end) {
        return Columns.decimal(end, end < 10 ? 1 : 0);
    }

    /** The axis's end: the largest value rounded up to one or two significant digits, so bars never touch it. */
    static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (step * magnitude >= value * 1.05) {
                return step * magnitude;
            }
        }
        return 12 * magnitude;
    }
}
