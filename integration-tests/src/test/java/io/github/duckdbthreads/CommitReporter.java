package io.github.duckdbthreads;

import java.nio.file.Path;
import java.util.Set;

import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskPhase;
import io.github.duckdbthreads.core.database.ConnectionSource;
import io.github.duckdbthreads.core.database.Database;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.workload.ReaderResult;
import io.github.duckdbthreads.core.workload.TaskEvents;
import io.github.duckdbthreads.core.workload.Workload;

/**
 * The child a kill test kills: runs a workload under one model against a file, and prints
 * {@code committed <thread name>} for each insert the moment it has returned, that is, committed. Whatever
 * it printed before the kill must be in the file afterwards.
 *
 * <p>Arguments: the {@link Model} name, the database file, the number of writers; the first of them stalls.
 */
final class CommitReporter {

    static final String COMMITTED = "committed ";

    private CommitReporter() {
    }

    public static void main(String[] args) throws Exception {
        Model model = Model.named(args[0]);
        Workload writers = new Workload(Integer.parseInt(args[2]), 0, Workload.DEFAULT_SEED);
        // The first task stalls, so the run is still going whenever the kill comes.
        Workload workload = writers.withFaults(Set.of(), Set.of(writers.taskNames().getFirst()));
        var threadingModel = model.model(workload);
        TaskEvents report = new TaskEvents() {
            @Override
            public void read(ReaderResult result) {
            }

            @Override
            public void completed(Task task) {
                // println on System.out is synchronized and flushes at the line end.
                System.out.println(COMMITTED + Thread.currentThread().getName());
            }
        };
        try (Database database = Database.open(new DatabaseLocation.OnDisk(Path.of(args[1])));
             ConnectionSource connections = database.connections(threadingModel.connectionPolicy())) {
            threadingModel.run(workload.tasks(connections, report), TaskPhase.unlimited(connections::interruptAll));
        }
    }
}
