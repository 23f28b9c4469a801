package io.github.duckdbthreads.core.database;

/** What the summary reports about {@code my_inserts} after a run. */
public record TableStats(long rows, long distinctThreadNames) {
}
