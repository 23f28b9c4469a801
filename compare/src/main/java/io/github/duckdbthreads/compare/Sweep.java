package io.github.duckdbthreads.compare;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.duckdbthreads.core.Durations;
import io.github.duckdbthreads.core.cli.Options;
import io.github.duckdbthreads.core.workload.Workload;

/** The points of a sweep (numbers of writers, I/O latencies), as the terminal and the report name them. */
final class Sweep {

    private Sweep() {
    }

    /** e.g. {@code 5000 writers, 500 readers, I/O latency 20ms}. */
    static String describe(Options point) {
        Workload workload = point.workload();
        return workload.writers() + " writers, " + workload.readers() + " readers, I/O latency "
                + latency(workload.ioLatency());
    }

    /** The whole sweep in one line, e.g. {@code 2000 writers, 200 readers, I/O latency 0ms, 1ms, 10ms}. */
    static String describe(Settings settings) {
        return join(settings.writers()) + " writers, " + settings.readers() + " readers, I/O latency "
                + String.join(", ", settings.points().stream().map(point -> latency(point.workload().ioLatency()))
                .distinct().toList());
    }

    /** The heading of one point's table. */
    static String heading(LineSummary row) {
        return row.writers() + " writers, " + row.readers() + " readers, I/O latency "
                + latency(Duration.ofNanos(Math.round(row.ioLatencyMs() * 1e6)));
    }

    /** The rows of each point together, points in the order they ran. */
    static List<List<LineSummary>> byPoint(List<LineSummary> rows) {
        Map<String, List<LineSummary>> groups = new LinkedHashMap<>();
        for (LineSummary row : rows) {
            groups.computeIfAbsent(heading(row), key -> new ArrayList<>()).add(row);
        }
        return List.copyOf(groups.values());
    }

    static String latency(Duration latency) {
        return latency.isZero() ? "0ms" : Durations.format(latency);
    }

    private static String join(List<Integer> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }
}
