package io.github.duckdbthreads.compare;

import java.time.Duration;
import java.util.List;
import java.util.function.LongConsumer;

import org.HdrHistogram.Histogram;

import io.github.duckdbthreads.core.Threads;

/**
 * A virtual thread that asks to wake every millisecond and records how late it woke. It stands for
 * every other virtual thread in the JVM (a request handler, a heartbeat): when the carriers are all
 * held inside native calls, it is the one that waits.
 */
final class Probe {

    static final Duration PERIOD = Duration.ofMillis(1);

    private final Histogram lagMicros = new Histogram(3);
    private final LongConsumer onWake;
    private final Thread thread;
    private volatile boolean running = true;

    private Probe(LongConsumer onWake) {
        this.onWake = onWake;
        thread = Thread.ofVirtual().name("probe").unstarted(this::loop);
    }

    /** A probe that also tells {@code onWake}, on its own thread, how late each wake-up was, in nanoseconds. */
    static Probe start(LongConsumer onWake) {
        Probe probe = new Probe(onWake);
        probe.thread.start();
        return probe;
    }

    private void loop() {
        long period = PERIOD.toNanos();
        while (running) {
            long asleep = System.nanoTime();
            try {
                Thread.sleep(PERIOD);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long lag = Math.max(0, System.nanoTime() - asleep - period);
            lagMicros.recordValue(lag / 1_000);
            onWake.accept(lag);
        }
    }

    /** Stops the probe and returns its wake-up lags, in microseconds; an interrupt meanwhile is kept for the caller. */
    Histogram stop() {
        running = false;
        Threads.joinUninterruptibly(List.of(thread));
        return lagMicros; // join() made the probe's recordings visible
    }
}
