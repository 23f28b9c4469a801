package io.github.duckdbthreads.core;

import java.util.Collection;

/** What every model does once it has stopped its threads: wait for each to end, whatever happens. */
public final class Threads {

    private Threads() {
    }

    /**
     * Joins every thread, even if the caller is interrupted meanwhile: a run that has decided to stop
     * must not return while one of its threads is still alive. An interrupt that arrives while waiting
     * is kept, and set again on the calling thread before returning.
     */
    public static void joinUninterruptibly(Collection<Thread> threads) {
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
