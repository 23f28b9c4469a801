package io.github.duckdbthreads.core.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
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
 * statement, the last step before the statement begins; a statement executing is cancelled in DuckDB,
 * at the stop and again every few milliseconds until the source closes, so that one that begins just
 * after the stop (its task had passed its last check) is cancelled too. A task whose thread was
 * interrupted is refused at each of these points too. So a task that had not begun its statement when
 * the run stopped never begins it, and one that had does not run on.
 */
abstract sealed class TrackingConnectionSource implements ConnectionSource
        permits PerTaskConnections, PerThreadConnections, PooledConnections {

    private static final long INTERRUPT_PERIOD_MILLIS = 10;
    /** How often a stopping source cancels again; a statement that slipped past one pass waits this long. */
    private static final Duration INTERRUPT_PERIOD = Duration.ofMillis(INTERRUPT_PERIOD_MILLIS);

    private final ConnectionOpener opener;
    private final ThreadFactory interrupters;
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

    TrackingConnectionSource(ConnectionOpener opener, ThreadFactory interrupters) {
        this.opener = opener;
        this.interrupters = interrupters;
    }

    /**
     * Called at every step of a task's way to its statement (asking for a connection, getting one,
     * preparing its statement), on the task's thread: no new work once the run is stopping or the task's
     * thread was interrupted. The thread's interrupt flag stays set.
     *
     * <p>Each reason catches what the other does not. The flag set by {@link #interruptAll()} reaches a
     * task whose thread nobody interrupted (yet): a scope that is cancelled before it interrupts its
     * threads, a pooled thread between tasks, a waiter the stop woke. The interrupt reaches a task that is
     * cancelled alone while the run goes on ({@code Future.cancel(true)}), and a task that keeps its
     * connection, which meets no lock on its way to its statement.
     */
    final void checkRunning() throws RunStoppingException {
        if (stopping) {
            throw new RunStoppingException("the run is stopping");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new RunStoppingException("interrupted before its work began");
        }
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
     * comment), and every statement executing is cancelled. Any thread may call it, any number of times;
     * it does not wait for a statement to end, and throws nothing.
     *
     * <p>In this order, on the calling thread: the run is marked stopping, so that no task passes a
     * refusal check after this; waiters are woken ({@link #stopped()}); every statement executing is
     * cancelled once. DuckDB forgets a cancel that reaches a statement before it starts, and a task that
     * passed its last check just before the stop starts its statement just after it, so a thread of the
     * source's own cancels again every {@value #INTERRUPT_PERIOD_MILLIS} ms until the source closes. That
     * thread is best-effort: if the JVM cannot start it (an {@link OutOfMemoryError}, "unable to create
     * native thread", the very state in which a model stops for want of threads), the stop keeps what it
     * has done so far, the caller is not thrown at, and the next call tries again.
     */
    @Override
    public final void interruptAll() {
        stopping = true;
        stopped();
        cancelStatementsInFlight();
        startRepeatingCancels();
    }

    /** Called once the run is stopping: a source whose tasks wait for something wakes them here. */
    void stopped() {
    }

    private synchronized void startRepeatingCancels() {
        if (interrupter != null || shut) {
            return;
        }
        try {
            Thread repeating = interrupters.newThread(this::cancelUntilShut);
            if (repeating == null) {
                return;
            }
            repeating.start();
            interrupter = repeating;
        } catch (OutOfMemoryError e) {
            // The OS refused a thread: the statements in flight were cancelled once and no task passes a
            // check any more; only a statement that starts after this pass runs on, until the next call.
        }
    }

    private void cancelUntilShut() {
        while (!shut) {
            try {
                Thread.sleep(INTERRUPT_PERIOD);
            } catch (InterruptedException e) {
                // close() wakes this thread to end it; the loop condition says so.
                Thread.currentThread().interrupt();
                return;
            }
            cancelStatementsInFlight();
        }
    }

    private void cancelStatementsInFlight() {
        for (Statement statement : statements) {
            try {
                // A no-op unless the statement is executing right now.
                statement.cancel();
            } catch (SQLException e) {
                // Closed meanwhile: nothing left to cancel there.
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
        List<Closing> closings = new ArrayList<>();
        for (Connection connection : open) {
            closings.add(() -> release(connection));
        }
        try {
            Closing.all(closings);
        } finally {
            statements.clear();
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
