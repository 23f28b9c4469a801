package io.github.duckdbthreads.core;

/**
 * One unit of the workload. A threading model decides only which thread runs it and when; what it does
 * is the same under every model. {@link #run()} throws {@link TaskFailedException} when the database
 * refuses the work, so every model sees failures in its own idiom (an uncaught exception, a failed
 * future, a failed subtask), and {@link TaskCancelledException} when the run stopped it: its thread was
 * interrupted before it began, or its statement was interrupted in DuckDB.
 *
 * <p>The workload's writers and readers ({@code core.workload}) are the only implementations, which an
 * architecture rule checks: a model author receives tasks and never writes one.
 */
public interface Task extends Runnable {

    /** {@code write_thread_<i>} or {@code read_thread_<j>}, as in the guide. */
    String name();
}
