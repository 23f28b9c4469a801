package io.github.duckdbthreads.compare;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jdk.jfr.consumer.RecordingStream;

/**
 * JFR's {@code jdk.VirtualThreadPinned} events, recorded in this JVM while a run goes on. The threshold
 * is zero, so every pinned park counts, not only those over JFR's default 20 ms. JFR records a pin only
 * when a pinned virtual thread parks in Java; time spent inside a native call records nothing, however
 * long (see docs/compare.md).
 */
final class PinnedEvents implements AutoCloseable {

    static final String EVENT = "jdk.VirtualThreadPinned";

    private final RecordingStream stream = new RecordingStream();
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong nanos = new AtomicLong();

    private PinnedEvents() {
        stream.enable(EVENT).withThreshold(Duration.ZERO);
        stream.onEvent(EVENT, event -> {
            count.incrementAndGet();
            nanos.addAndGet(event.getDuration().toNanos());
        });
    }

    static PinnedEvents start() {
        PinnedEvents events = new PinnedEvents();
        events.stream.startAsync();
        return events;
    }

    /** Ends the recording once every event in it has been counted. */
    void stop() {
        stream.stop();
    }

    long count() {
        return count.get();
    }

    long nanos() {
        return nanos.get();
    }

    @Override
    public void close() {
        stream.close();
    }
}
