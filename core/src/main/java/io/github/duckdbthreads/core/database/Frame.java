package io.github.duckdbthreads.core.database;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A query result as a display shows it: all rows when there are few, otherwise the first and the last
 * ones, with the total. Rows are positional, index {@code 0} upward, as in a pandas DataFrame.
 */
public record Frame(List<String> columns, List<List<Object>> head, List<List<Object>> tail, long totalRows) {

    public Frame {
        columns = List.copyOf(columns);
        head = head.stream().map(Frame::copyRow).toList();
        tail = tail.stream().map(Frame::copyRow).toList();
        if (totalRows < head.size() + tail.size()) {
            throw new IllegalArgumentException("totalRows " + totalRows + " is less than the rows given");
        }
        if (tail.isEmpty() && totalRows != head.size()) {
            throw new IllegalArgumentException("a frame without a tail holds all its " + totalRows + " rows");
        }
        for (List<Object> row : head) {
            checkWidth(columns, row);
        }
        for (List<Object> row : tail) {
            checkWidth(columns, row);
        }
    }

    /** A frame that holds every row. */
    public static Frame of(List<String> columns, List<List<Object>> rows) {
        return new Frame(columns, rows, List.of(), rows.size());
    }

    public boolean truncated() {
        return !tail.isEmpty();
    }

    private static List<Object> copyRow(List<Object> row) {
        // List.copyOf rejects nulls, and a NULL cell is a value here.
        return Collections.unmodifiableList(new ArrayList<>(row));
    }

    private static void checkWidth(List<String> columns, List<Object> row) {
        if (row.size() != columns.size()) {
            throw new IllegalArgumentException("row " + row + " does not have " + columns.size() + " cells");
        }
    }
}
