package io.github.duckdbthreads.core;

/**
 * How a threading model wants its tasks to get connections.
 */
public enum ConnectionPolicy {

    /** A fresh duplicate of the root for every task, closed when the task ends: the guide's {@code con.cursor()}. */
    PER_TASK,

    /**
     * One duplicate per worker thread, kept for every task that thread runs and closed with the source:
     * the "thread-local connection" of a pool.
     */
    PER_THREAD,

    /**
     * Duplicates kept in a pool and handed to one task at a time, each with its prepared statements,
     * closed with the source: for a model that bounds how many tasks run at once, so that the pool
     * stays as small as the bound.
     */
    POOLED
}
