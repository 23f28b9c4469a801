package io.github.duckdbthreads.compare;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The comparison as a Markdown page: the workload, the machine, the exact command, the table, and
 * Mermaid {@code xychart-beta} charts that GitHub renders without any tool. Every chart's bars are
 * horizontal, start at zero, and say in their title which way is better.
 */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static String render(Report report) {
        Settings settings = report.settings();
        Machine machine = report.machine();
        StringBuilder out = new StringBuilder();
        out.append("## ").append(settings.writers()).append(" writers, ").append(settings.readers())
                .append(" readers, database ").append(settings.database()).append("\n\n");
        out.append("Seed ").append(settings.seed()).append("; ").append(settings.runs())
                .append(settings.runs() == 1 ? " measured run" : " measured runs").append(" per row, each in a fresh JVM after ")
                .append(settings.warmup()).append(settings.warmup() == 1 ? " warm-up run" : " warm-up runs")
                .append("; executor pool ").append(settings.threads())
                .append(" threads; bounded virtual threads ").append(settings.maxInFlight()).append(" in flight;")
                .append(" a pool holds as many connections as the executor has threads or the bound lets in,")
                .append(" otherwise one per core.\n\n");
        out.append("Machine: ").append(machine.describe()).append(".  \n");
        out.append("Flags of every measuring JVM: `").append(String.join(" ", machine.jvmFlags())).append("`\n\n");
        out.append("```\n").append(report.command()).append("\n```\n\n");
        out.append(Columns.markdown(report.rows())).append('\n');
        out.append(chart("Throughput (tasks/s, higher is better)", "tasks/s", report.rows(), RowSummary::tasksPerSecond, 0));
        out.append('\n');
        out.append(chart("Probe lag p99 (ms, lower is better)", "ms", report.rows(), RowSummary::probeLagP99Ms, 1));
        return out.toString();
    }

    /** A horizontal bar per row, from zero to a little past the largest value. */
    static String chart(String title, String axis, List<RowSummary> rows, ToDoubleFunction<RowSummary> value,
                        int places) {
        String labels = rows.stream().map(row -> "\"" + row.model() + " " + row.connections() + "\"")
                .collect(Collectors.joining(", "));
        String values = rows.stream()
                .map(row -> Columns.decimal(value.applyAsDouble(row), places))
                .collect(Collectors.joining(", "));
        double end = niceCeiling(rows.stream().mapToDouble(value).max().orElse(0));
        return "```mermaid\nxychart-beta horizontal\n"
                + "    title \"" + title + "\"\n"
                + "    x-axis [" + labels + "]\n"
                + "    y-axis \"" + axis + "\" 0 --> " + Columns.decimal(end, end < 10 ? 1 : 0) + "\n"
                + "    bar [" + values + "]\n"
                + "```\n";
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
