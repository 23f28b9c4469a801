package io.github.duckdbthreads.core.database;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A connection source that counts: leases handed out and given back, the most held at once, and the
 * connections the source it wraps opened and closed. For checks and measurements; the tasks cannot tell
 * it from the source it wraps. A few atomic updates and two clock reads per lease, none of them a lock.
 */
public final class CountingConnections implements ConnectionSource {

    /**
     * The counts at one moment.
     *
     * @param leased   leases handed out to tasks
     * @param returned of those, the ones the task has given back
     * @param peakHeld the most leases held by tasks at one moment: tasks holding a connection at once
     * @param opened   connections the source opened (a kept or pooled connection serves many leases)
     * @param closed   of those, the ones closed
     * @param heldNanos how long the leases given back were held, added up: over a run's wall time, how many
     *                 connections were in use on average
     */
    public record Counts(int leased, int returned, int peakHeld, int opened, int closed, long heldNanos) {

        /** Leases a task still holds. */
        public int held() {
            return leased - returned;
        }
    }

    private final TrackingConnectionSource source;
    private final AtomicInteger leased = new AtomicInteger();
    /**
     * The one count the peak is taken from: it must be exact at every lease, so it is a single atomic, and
     * the leases given back are derived from it.
     */
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicInteger peakHeld = new AtomicInteger();
    private final LongAdder heldNanos = new LongAdder();

    private CountingConnections(TrackingConnectionSource source) {
        this.source = source;
    }

    /** Counts around a source the {@link Database} made. */
    public static CountingConnections around(ConnectionSource source) {
        if (!(source instanceof TrackingConnectionSource tracking)) {
            throw new IllegalArgumentException("only a source from Database.connections(...) can be counted, got "
                    + source.getClass().getName());
        }
        return new CountingConnections(tracking);
    }

    @Override
    public ConnectionLease lease() throws SQLException {
        ConnectionLease lease = source.lease();
        leased.incrementAndGet();
        peakHeld.accumulateAndGet(held.incrementAndGet(), Math::max);
        long leasedAt = System.nanoTime();
        return new ConnectionLease() {
            private boolean closed;

            @Override
            public PreparedStatement prepare(String sql) throws SQLException {
                return lease.prepare(sql);
            }

            @Override
            public void close() throws SQLException {
                if (closed) {
                    return;
                }
                closed = true;
                // Counted as given back before the source has it: once it does, another task may hold it.
                held.decrementAndGet();
                heldNanos.add(System.nanoTime() - leasedAt);
                lease.close();
            }
        };
    }

    /** The counts now; exact once no task is running. */
    public Counts counts() {
        // held first: a lease counted between the two reads adds to leased, never makes returned negative.
        int stillHeld = held.get();
        int handedOut = leased.get();
        return new Counts(handedOut, handedOut - stillHeld, peakHeld.get(), source.opened(), source.closed(),
                heldNanos.sum());
    }

    @Override
    public void interruptAll() {
        source.interruptAll();
    }

    @Override
    public void close() throws SQLException {
        source.close();
    }
}
