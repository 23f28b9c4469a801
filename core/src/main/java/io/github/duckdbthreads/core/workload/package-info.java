/**
 * The guide's workload: {@link io.github.duckdbthreads.core.workload.Workload} makes the writers and
 * readers, named and shuffled as the guide does, each reaching the database only through the connection
 * source it is given, and reporting through {@link io.github.duckdbthreads.core.workload.TaskEvents}. The
 * steps every task takes (its remote call, its lease, its fault, its statement) are written once, in
 * {@code TaskSteps}. The task classes are package-private: the rest of the project sees
 * {@link io.github.duckdbthreads.core.Task}.
 */
package io.github.duckdbthreads.core.workload;
