package io.github.duckdbthreads.compare;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The comparison as a Markdown page: the workload, the machine, the exact command, the table, and two
 * Mermaid {@code xychart-beta} charts (throughput, probe lag) that GitHub renders without any tool.
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
                .append(settings.runs() == 1 ? " measured run" : " measured runs").append(" per model, each in a fresh JVM after ")
                .append(settings.warmup()).append(settings.warmup() == 1 ? " warm-up run" : " warm-up runs")
                .append("; executor pool ").append(settings.threads())
                .append(" threads; bounded virtual threads ").append(settings.maxInFlight()).append(" in flight.\n\n");
        out.append("Machine: ").append(machine.describe()).append(".  \n");
        out.append("Flags of every measuring JVM: `").append(String.join(" ", machine.jvmFlags())).append("`\n\n");
        out.append("```\n").append(report.command()).append("\n```\n\n");
        out.append(Columns.markdown(report.rows())).append('\n');
        out.append(chart("Throughput (tasks/s, higher is better)", "tasks/s", report.rows(), RowSummary::tasksPerSecond, 0));
        out.append('\n');
        out.append(chart("Probe lag p99 (ms, lower is better)", "ms", report.rows(), RowSummary::probeLagP99Ms, 1));
        return out.toString();
    }

    private static String chart(String title, String axis, List<RowSummary> rows,
                                ToDoubleFunction<RowSummary> value, int places) {
        String models = rows.stream().map(row -> "\"" + row.model() + "\"").collect(Collectors.joining(", "));
        String values = rows.stream()
                .map(row -> Columns.decimal(value.applyAsDouble(row), places))
                .collect(Collectors.joining(", "));
        return "```mermaid\nxychart-beta\n"
                + "    title \"" + title + "\"\n"
                + "    x-axis [" + models + "]\n"
                + "    y-axis \"" + axis + "\"\n"
                + "    bar [" + values + "]\n"
                + "```\n";
    }
}
