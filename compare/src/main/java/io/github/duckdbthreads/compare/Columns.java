package io.github.duckdbthreads.compare;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The table's columns, and the other clients' table's, shared by the terminal and the Markdown report so that
 * both say the same. The JSON has every field of {@link LineSummary}, these and a few more (the slowest task,
 * the longest probe lag, the time pinned). In every table the first two columns are text, the rest numbers.
 */
final class Columns {

    record Column<T>(String header, Function<T, String> value) {
    }

    static final List<Column<LineSummary>> ALL = List.of(
            new Column<>("model", LineSummary::model),
            new Column<>("connections", LineSummary::connections),
            new Column<>("wall ms", row -> decimal(row.medianWallMs(), 1)),
            new Column<>("min", row -> decimal(row.minWallMs(), 1)),
            new Column<>("max", row -> decimal(row.maxWallMs(), 1)),
            new Column<>("tasks/s", row -> decimal(row.tasksPerSecond(), 0)),
            new Column<>("x limit", row -> row.ratioToLimit() == null ? "-" : decimal(row.ratioToLimit(), 2)),
            new Column<>("p50 ms", row -> decimal(row.p50Ms(), 2)),
            new Column<>("p99 ms", row -> decimal(row.p99Ms(), 2)),
            new Column<>("task threads", row -> Integer.toString(row.threadsThatRanTasks())),
            new Column<>("peak threads", row -> Integer.toString(row.peakLiveThreads())),
            new Column<>("conns held", row -> Integer.toString(row.peakInFlight())),
            new Column<>("in use", row -> decimal(row.connectionsInUse(), 2)),
            new Column<>("heap MB", row -> decimal(row.peakHeapMb(), 0)),
            new Column<>("lag p99 ms", row -> decimal(row.probeLagP99Ms(), 1)),
            new Column<>("pinned", row -> Long.toString(row.pinnedEvents())),
            new Column<>("in duckdb", row -> count(row.censusInDuckdb())),
            new Column<>("wait conn", row -> count(row.censusWaitingForConnection())),
            new Column<>("wait io", row -> count(row.censusWaitingForIo())),
            new Column<>("queued", row -> count(row.censusQueued())),
            new Column<>("other", row -> count(row.censusOther())),
            new Column<>("failed", row -> Long.toString(row.failedTasks())));

    /** The carrier trace's table ({@code --carrier-trace}): a line per row that ran tasks on virtual threads. */
    static final List<Column<LineSummary>> CARRIER_TRACE = List.of(
            new Column<>("model", LineSummary::model),
            new Column<>("connections", LineSummary::connections),
            new Column<>("same queue", row -> decimal(row.sameQueueShare(), 3)),
            new Column<>("lag p99 ms", row -> decimal(row.probeLagP99Ms(), 1)),
            new Column<>("late wakes", row -> count(row.probeLateWakes())),
            new Column<>("tasks per late wake", row -> row.tasksPerLateWake() == null ? "-"
                    : decimal(row.tasksPerLateWake(), 1)),
            new Column<>("passed over", row -> row.lateWakesPassedOver() == null ? "-"
                    : decimal(row.lateWakesPassedOver(), 2)));

    /** The rows that have a carrier trace. */
    static List<LineSummary> traced(List<LineSummary> rows) {
        return rows.stream().filter(row -> row.sameQueueShare() != null).toList();
    }

    static final List<Column<YardstickSummary>> YARDSTICKS = List.of(
            new Column<>("client", YardstickSummary::client),
            new Column<>("program", YardstickSummary::program),
            new Column<>("wall ms", yardstick -> decimal(yardstick.medianWallMs(), 1)),
            new Column<>("min", yardstick -> decimal(yardstick.minWallMs(), 1)),
            new Column<>("max", yardstick -> decimal(yardstick.maxWallMs(), 1)),
            new Column<>("tasks/s", yardstick -> decimal(yardstick.tasksPerSecond(), 0)),
            new Column<>("best row over it", yardstick -> yardstick.bestRowOverIt() == null ? "-"
                    : decimal(yardstick.bestRowOverIt(), 2)));

    /** A census count, or any count that is a median over runs: whole, or a half where it fell between two runs. */
    private static String count(Double threads) {
        if (threads == null) {
            return "-";
        }
        return threads == Math.rint(threads) ? Long.toString(threads.longValue()) : decimal(threads, 1);
    }

    private Columns() {
    }

    static String decimal(double value, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }

    /** The terminal table: model and connections left-aligned, numbers right-aligned, columns two spaces apart. */
    static String text(List<LineSummary> rows) {
        return text(ALL, rows);
    }

    static <T> String text(List<Column<T>> columns, List<T> rows) {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            widths[c] = columns.get(c).header().length();
            for (T row : rows) {
                widths[c] = Math.max(widths[c], columns.get(c).value().apply(row).length());
            }
        }
        StringBuilder out = new StringBuilder();
        appendLine(out, widths, columns.stream().map(Column::header).toList());
        for (T row : rows) {
            appendLine(out, widths, columns.stream().map(column -> column.value().apply(row)).toList());
        }
        return out.toString();
    }

    private static void appendLine(StringBuilder out, int[] widths, List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - cell.length());
            line.append(c == 0 ? cell + pad : c == 1 ? "  " + cell + pad : "  " + pad + cell);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /** The same table in GitHub Markdown, numbers right-aligned. */
    static String markdown(List<LineSummary> rows) {
        return markdown(ALL, rows);
    }

    static <T> String markdown(List<Column<T>> columns, List<T> rows) {
        StringBuilder out = new StringBuilder("| ");
        out.append(String.join(" | ", columns.stream().map(Column::header).toList())).append(" |\n|");
        for (int c = 0; c < columns.size(); c++) {
            out.append(c < 2 ? " --- |" : " ---: |");
        }
        out.append('\n');
        for (T row : rows) {
            out.append("| ")
                    .append(String.join(" | ", columns.stream().map(column -> column.value().apply(row)).toList()))
                    .append(" |\n");
        }
        return out.toString();
    }
}
