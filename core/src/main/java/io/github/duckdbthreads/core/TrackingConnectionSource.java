package io.github.duckdbthreads.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every connection source shares: opening through the database's opener, counting, interrupting
 * statements in flight when the run stops, and closing whatever is still open when the source closes.
 */
abstract sealed class TrackingConnectionSource implements ConnectionSource
        permits PerTaskConnections, PerThreadConnections, PooledConnections {

    /** How often a stopping source interrupts again; a statement that slipped past one pass waits this long. */
    private static final Duration INTERRUPT_PERIOD = Duration.ofMillis(10);

    private final ConnectionOpener opener;
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private final Set<Statement> statements = ConcurrentHashMap.newKeySet();
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();
    private volatile boolean shut;
    private volatile boolean stopping;
    private Thread interrupter;

    TrackingConnectionSource(ConnectionOpener opener) {
        this.opener = opener;
    }

    /** Every lease starts here: no new work once the run is stopping or the task's thread was interrupted. */
    final void checkRunning() throws SQLException {
        if (stopping) {
            throw new RunStoppingException("the run is stopping");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new RunStoppingException("interrupted before its work began");
        }
    }

    final Connection openConnection() throws SQLException {
        if (shut) {
            throw new SQLException("the connection source is closed: the run is over");
        }
        Connection connection = opener.open();
        opened.incrementAndGet();
        open.add(connection);
        if (shut) {
            // Lost a race with close(): do not leave this one behind.
            release(connection);
            throw new SQLException("the connection source is closed: the run is over");
        }
        return connection;
    }

    /** Makes a prepared statement one that {@link #interruptAll()} reaches. */
    final void track(Statement statement) {
        statements.add(statement);
    }

    final void untrack(Statement statement) {
        statements.remove(statement);
    }

    /** Closes the connection unless someone already did; counts it once. */
    final void release(Connection connection) throws SQLException {
        if (open.remove(connection)) {
            try {
                connection.close();
            } finally {
                closed.incrementAndGet();
            }
        }
    }

    @Override
    public final synchronized void interruptAll() {
        stopping = true;
        if (interrupter == null && !shut) {
            // A platform thread: with every carrier pinned inside DuckDB, a virtual one might never run.
            interrupter = Thread.ofPlatform().name("query-interrupter").daemon().start(this::interruptUntilShut);
        }
    }

    private void interruptUntilShut() {
        while (!shut) {
            for (Statement statement : statements) {
                try {
                    // A no-op unless the statement is executing right now.
                    statement.cancel();
                } catch (SQLException e) {
                    // Closed meanwhile: nothing left to interrupt there.
                }
            }
            try {
                Thread.sleep(INTERRUPT_PERIOD);
            } catch (InterruptedException e) {
                // close() wakes this thread to end it; the loop condition says so.
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** How many connections this source has opened so far; read by {@link CountingConnections}. */
    final int opened() {
        return opened.get();
    }

    /** How many of them are closed. */
    final int closed() {
        return closed.get();
    }

    @Override
    public void close() throws SQLException {
        shut = true;
        stopInterrupter();
        SQLException failure = null;
        for (Connection connection : open) {
            try {
                release(connection);
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        statements.clear();
        if (failure != null) {
            throw failure;
        }
    }

    private void stopInterrupter() {
        Thread running;
        synchronized (this) {
            running = interrupter;
        }
        if (running == null) {
            return;
        }
        running.interrupt();
        // Closing must finish, or the interrupter would outlive the run.
        Threads.joinUninterruptibly(List.of(running));
    }
}
