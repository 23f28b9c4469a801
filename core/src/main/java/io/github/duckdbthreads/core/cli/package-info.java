/**
 * The demos' command line and output. A demo module declares its models once, in a
 * {@link io.github.duckdbthreads.core.cli.Demo}, and its {@code main} hands it to
 * {@link io.github.duckdbthreads.core.cli.Runner}, which parses the shared flags
 * ({@link io.github.duckdbthreads.core.cli.WorkloadOptions}), runs the workload, prints what the guide
 * prints, and exits with one of the {@link io.github.duckdbthreads.core.cli.ExitStatus} codes.
 */
package io.github.duckdbthreads.core.cli;
