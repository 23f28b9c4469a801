package io.github.duckdbthreads.core.workload;

import java.time.Duration;

import io.github.duckdbthreads.core.TaskCancelledException;

/**
 * What a task does before its statement when the workload has an I/O latency: a blocking call to another
 * service, which answers after the latency. It is {@link Thread#sleep(Duration)}: a real blocking call of
 * the JDK, which parks a platform thread in the kernel and unmounts a virtual thread from its carrier, as
 * a socket read does, without the CPU cost and the file descriptors of a socket, which would blur what
 * the models are compared on. A call that is interrupted (the run stops) ends the task as cancelled.
 */
final class RemoteCall {

    private RemoteCall() {
    }

    /** Waits out {@code latency}; nothing at all for zero. */
    static void await(String task, Duration latency) {
        if (latency.isZero()) {
            return;
        }
        try {
            Thread.sleep(latency);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TaskCancelledException(task, new InterruptedException("interrupted during its remote call"));
        }
    }
}
