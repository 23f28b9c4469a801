package io.github.duckdbthreads.compare;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Starts a process of the comparison's (a row's JVM, the yardstick's program) and waits for it, so that it
 * never outlives the wait: it is destroyed when the wait ends in any way, when it times out, when the waiting
 * thread is interrupted, and when Ctrl-C ends this JVM, which interrupts no thread.
 */
final class ChildProcess {

    private ChildProcess() {
    }

    /** Waits for the process as long as it takes. @return its exit status */
    static int run(ProcessBuilder builder) throws IOException, InterruptedException {
        return run(builder, Optional.empty()).orElseThrow();
    }

    /**
     * @param timeout how long to wait; empty for as long as it takes
     * @return its exit status, or empty if it had not ended after {@code timeout}, and was destroyed then
     * @throws InterruptedException if the calling thread is interrupted while it waits; the process is
     *                              destroyed first
     */
    static OptionalInt run(ProcessBuilder builder, Optional<Duration> timeout) throws IOException, InterruptedException {
        Process process = builder.start();
        Thread reaper = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(reaper);
        try {
            if (timeout.isEmpty()) {
                return OptionalInt.of(process.waitFor());
            }
            return process.waitFor(timeout.get().toNanos(), TimeUnit.NANOSECONDS)
                    ? OptionalInt.of(process.exitValue()) : OptionalInt.empty();
        } finally {
            process.destroyForcibly();
            process.waitFor();
            removeShutdownHook(reaper);
        }
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it does what the finally block just did.
        }
    }
}
