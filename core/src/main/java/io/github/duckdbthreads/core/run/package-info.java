/**
 * One run, start to end: {@link io.github.duckdbthreads.core.run.WorkloadRun} is the one sequence every
 * entry point uses (open the database, make the model's connection source, hand the model its tasks, time
 * the task phase, close the source, read the result, close the root), and
 * {@link io.github.duckdbthreads.core.run.RunObserver} is how a caller adds instruments without copying it.
 * Used by the command line and by {@code compare}; a model never sees this package.
 */
package io.github.duckdbthreads.core.run;
