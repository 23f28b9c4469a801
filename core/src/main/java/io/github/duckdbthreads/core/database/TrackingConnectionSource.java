package io.github.duckdbthreads.core.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import io.github.duckdbthreads.core.Threads;

/**
 * What every connection source shares: opening through the database's opener, counting, stopping the
 * run's database work, and closing whatever is still open when the source closes.
 *
 * <p>How a stop reaches a task, at each point of its way to its statement: a task that asks for a
 * connection once the run is stopping is refused; a task waiting for one (to open a duplicate, which the
 * root hands out one at a time, or for a pooled one) is woken by an interrupt of its thread, and in any
 * case refused once its turn comes; a task that holds its connection is refused when it prepares its
 * statement, the last step before the statement begins; a statement executing is interrupted in DuckDB.
 * A task whose thread was interrupted is refused at each of these points too. So a task that had not
 * begun its statement when the run stopped never begins it.
 */
abstract sealed class TrackingConnectionSource implements ConnectionSource
        permits PerTaskConnections, PerThreadConnections, PooledConnections {

    /** How often a stopping source interrupts again; a statement that slipped past one pass waits this long. */
    private static final Duration INTERRUPT_PERIOD = Duration.ofMillis(10);

    private final ConnectionOpener opener;
    /**
     * The root duplicates one connection at a time, behind a lock that ignores interrupts; tasks wait here
     * instead, where an interrupt reaches them.
     */
    private final ReentrantLock opening = new ReentrantLock();
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

    /**
     * Called at every step of a task's way to its statement (asking for a connection, getting one,
     * preparing its statement): no new work once the run is stopping or the task's thread was interrupted.
     * The thread's interrupt flag stays set.
     */
    final void checkRunning() throws RunStoppingException {
        if (stopping) {
            throw new RunStoppingException("the run is stopping");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new RunStoppingException("interrupted before its work began");
        }
    }

    /** Whether {@link #interruptAll()} has been called: the run is stopping. */
    final boolean stopping() {
        return stopping;
    }

    /** A new duplicate of the root, once it is this task's turn, unless the run stopped meanwhile. */
    final Connection openConnection() throws SQLException {
        if (shut) {
            throw new SQLException("the connection source is closed: the run is over");
        }
        checkRunning();
        try {
            opening.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunStoppingException("interrupted while waiting for a connection");
        }
        Connection connection;
        try {
            checkRunning();
            connection = opener.open();
        } finally {
            opening.unlock();
        }
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

    /**
     * Stops the run's database work: from now on every task is refused at its next step (see the class
     * comment), and every statement executing is interrupted, again and again until the source closes,
     * since DuckDB forgets an interrupt that reaches a statement before it starts. Any thread may call it,
     * any number of times; it returns at once.
     */
    @Override
    public final synchronized void interruptAll() {
        stopping = true;
        stopped();
        if (interrupter == null && !shut) {
            // A platform thread: with every carrier pinned inside DuckDB, a virtual one might never run.
            interrupter = Thread.ofPlatform().name("query-interrupter").daemon().start(this::interruptUntilShut);
        }
    }

    /** Called once the run is stopping: a source whose tasks wait for something wakes them here. */
    void stopped() {
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
