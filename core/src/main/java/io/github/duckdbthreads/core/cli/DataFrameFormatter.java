package io.github.duckdbthreads.core.cli;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import io.github.duckdbthreads.core.database.Frame;

/**
 * Prints a {@link Frame} the way pandas prints a DataFrame, so the output reads like the guide's
 * {@code print(con.execute(...).df())}: an index column, right-aligned columns, and for a long table its
 * first and last rows around a {@code ...} row with a {@code [N rows x M columns]} footer.
 */
public final class DataFrameFormatter {

    /** pandas' {@code display.max_rows}: longer frames are truncated. */
    public static final int MAX_ROWS = 60;

    /** pandas' {@code display.min_rows}: how many rows a truncated frame shows. */
    public static final int MIN_ROWS = 10;

    private DataFrameFormatter() {
    }

    public static String format(Frame frame) {
        if (frame.totalRows() == 0) {
            return "Empty DataFrame\nColumns: [" + String.join(", ", frame.columns()) + "]\nIndex: []";
        }
        List<List<Object>> rows = new ArrayList<>(frame.head());
        rows.addAll(frame.tail());

        List<List<String>> columns = new ArrayList<>();
        columns.add(indexColumn(frame));
        for (int c = 0; c < frame.columns().size(); c++) {
            columns.add(dataColumn(frame.columns().get(c), cells(rows, c)));
        }
        if (frame.truncated()) {
            insertEllipsisRow(columns, frame.head().size());
        }
        StringBuilder out = new StringBuilder(adjoin(columns));
        if (frame.truncated()) {
            out.append("\n\n[").append(frame.totalRows()).append(" rows x ")
                    .append(frame.columns().size()).append(" columns]");
        }
        return out.toString();
    }

    /** Index labels are left-aligned under a blank header, as pandas does. */
    private static List<String> indexColumn(Frame frame) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < frame.head().size(); i++) {
            labels.add(Integer.toString(i));
        }
        long firstTail = frame.totalRows() - frame.tail().size();
        for (int i = 0; i < frame.tail().size(); i++) {
            labels.add(Long.toString(firstTail + i));
        }
        int width = maxWidth(labels);
        List<String> column = new ArrayList<>();
        column.add("");
        labels.forEach(label -> column.add(padRight(label, width)));
        return column;
    }

    private static List<Object> cells(List<List<Object>> rows, int column) {
        List<Object> cells = new ArrayList<>(rows.size());
        rows.forEach(row -> cells.add(row.get(column)));
        return cells;
    }

    /** Header and values right-aligned to one width; text and numbers carry pandas' leading space. */
    private static List<String> dataColumn(String header, List<Object> values) {
        List<String> formatted = isTimestampColumn(values) ? TimestampFormat.of(values).formatAll(values)
                : values.stream().map(DataFrameFormatter::withLeadingSpace).toList();
        int width = Math.max(header.length(), maxWidth(formatted));
        List<String> column = new ArrayList<>();
        column.add(padLeft(header, width));
        formatted.forEach(value -> column.add(padLeft(value, width)));
        return column;
    }

    private static boolean isTimestampColumn(List<Object> values) {
        return values.stream().anyMatch(LocalDateTime.class::isInstance)
                && values.stream().allMatch(v -> v == null || v instanceof LocalDateTime);
    }

    private static String withLeadingSpace(Object value) {
        return " " + (value == null ? "None" : value);
    }

    /** The {@code ...} row after the head: left-aligned under the index, right-aligned elsewhere. */
    private static void insertEllipsisRow(List<List<String>> columns, int headRows) {
        for (int c = 0; c < columns.size(); c++) {
            List<String> column = columns.get(c);
            int width = column.get(headRows).length();
            String dots = width > 3 ? "..." : "..";
            column.add(headRows + 1, c == 0 ? padRight(dots, width) : padLeft(dots, width));
        }
    }

    /** pandas' {@code adjoin(1, ...)}: every column but the last padded to its width plus one space. */
    private static String adjoin(List<List<String>> columns) {
        int rows = columns.getFirst().size();
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            if (r > 0) {
                out.append('\n');
            }
            for (int c = 0; c < columns.size(); c++) {
                String cell = columns.get(c).get(r);
                out.append(c == columns.size() - 1 ? cell : padRight(cell, maxWidth(columns.get(c)) + 1));
            }
        }
        return out.toString();
    }

    private static int maxWidth(List<String> strings) {
        return strings.stream().mapToInt(String::length).max().orElse(0);
    }

    private static String padLeft(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    private static String padRight(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    /** pandas shows a datetime column at the finest precision any of its values needs. */
    private enum TimestampFormat {
        DATE, SECONDS, MILLIS, MICROS, NANOS;

        static TimestampFormat of(List<Object> values) {
            TimestampFormat finest = DATE;
            for (Object value : values) {
                if (value instanceof LocalDateTime t) {
                    TimestampFormat needed = t.toLocalTime().equals(LocalTime.MIDNIGHT) ? DATE
                            : t.getNano() == 0 ? SECONDS
                            : t.getNano() % 1_000_000 == 0 ? MILLIS
                            : t.getNano() % 1_000 == 0 ? MICROS
                            : NANOS;
                    if (needed.compareTo(finest) > 0) {
                        finest = needed;
                    }
                }
            }
            return finest;
        }

        List<String> formatAll(List<Object> values) {
            return values.stream().map(v -> v == null ? "NaT" : format((LocalDateTime) v)).toList();
        }

        private String format(LocalDateTime t) {
            String date = "%d-%02d-%02d".formatted(t.getYear(), t.getMonthValue(), t.getDayOfMonth());
            if (this == DATE) {
                return date;
            }
            String time = "%s %02d:%02d:%02d".formatted(date, t.getHour(), t.getMinute(), t.getSecond());
            return switch (this) {
                case DATE, SECONDS -> time;
                case MILLIS -> time + ".%03d".formatted(t.getNano() / 1_000_000);
                case MICROS -> time + ".%06d".formatted(t.getNano() / 1_000);
                case NANOS -> time + ".%09d".formatted(t.getNano());
            };
        }
    }
}
