/**
 * What a threading model is written against, and all it may use of core: the map of the rest.
 *
 * <p><b>The contract.</b> A model implements {@link io.github.duckdbthreads.core.ThreadingModel}: it is
 * handed the workload's {@link io.github.duckdbthreads.core.Task}s and a
 * {@link io.github.duckdbthreads.core.TaskPhase} (the timeout, and how to stop the database work in flight),
 * and returns a {@link io.github.duckdbthreads.core.ModelResult}: the
 * {@link io.github.duckdbthreads.core.TaskFailure}s it learned of, and why the phase ended. A task that
 * does not complete throws a {@link io.github.duckdbthreads.core.TaskException}, failed or cancelled.
 * {@link io.github.duckdbthreads.core.ConnectionPolicy} says how the model's tasks get their connections;
 * {@link io.github.duckdbthreads.core.Threads} joins a model's threads whatever interrupts the owner.
 * Nothing here reaches the database, and nothing here depends on the packages below.
 *
 * <p><b>The rest of core</b>, each package used only by the ones after it:
 * <ul>
 * <li>{@code database}: the root connection, its one owner, and the connection sources that hand tasks
 *     duplicates of it, and stop them;
 * <li>{@code workload}: the guide's writers and readers, and the steps every task takes;
 * <li>{@code run}: the one sequence of a run (open, tasks, model, close, read back) and its observers;
 * <li>{@code cli}: the demos' command line, the registry entry a demo declares its models with, and the
 *     output the guide prints.
 * </ul>
 * The demo modules use this package and {@code cli}; {@code compare} uses all of them. The architecture
 * tests hold every arrow to this order.
 */
package io.github.duckdbthreads.core;
