package io.github.duckdbthreads.core.database;

import java.sql.SQLException;
import java.util.concurrent.ThreadFactory;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * At most {@code size} duplicates of the root, kept with their prepared statements: a task takes an idle
 * one, or opens a new one while the pool is not full, or waits for one to come back. A virtual thread
 * that waits here is unmounted, so a pool bounds how many tasks are in DuckDB at once without holding a
 * carrier for each task that waits. The wait ends with the task refused when its thread is interrupted
 * or the run stops. All the connections close when the source closes.
 */
final class PooledConnections extends TrackingConnectionSource {

    private final int size;
    /** Guards the pool; package-private so that a test can hold it to build an interleaving. */
    final ReentrantLock lock = new ReentrantLock();
    /** Signalled when a connection comes back, a place frees up, or the run stops. */
    final Condition changed = lock.newCondition();
    private final Deque<KeptConnection> idle = new ArrayDeque<>();
    /** Connections opened, or being opened, by this pool. */
    private int pooled;

    PooledConnections(ConnectionOpener opener, ThreadFactory interrupters, int size) {
        super(opener, interrupters);
        this.size = size;
    }

    @Override
    public ConnectionLease lease() throws SQLException {
        checkRunning();
        KeptConnection connection = take();
        if (connection != null) {
            return connection;
        }
        try {
            // Most recently used first when it comes back: the same few connections keep serving.
            return new KeptConnection(openConnection(), this, this::giveBack);
        } catch (SQLException | RuntimeException e) {
            lock.lock();
            try {
                pooled--;
                changed.signal();
            } finally {
                lock.unlock();
            }
            throw e;
        }
    }

    /**
     * An idle connection; or {@code null} with a place reserved to open one; or waits. A waiter that leaves
     * refused (interrupted, or the run stopping) may have been the one a give-back's {@code signal()} chose:
     * {@code await()} returns normally, with the flag set, when the interrupt comes after the signal. It
     * passes the wake-up on before it leaves, as {@link java.util.concurrent.ArrayBlockingQueue} does, or
     * the next waiter would sleep beside an idle connection.
     */
    private KeptConnection take() throws SQLException {
        try {
            lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunStoppingException("interrupted while waiting for a connection");
        }
        try {
            while (idle.isEmpty() && pooled == size) {
                checkRunning();
                changed.await();
            }
            checkRunning();
            KeptConnection connection = idle.pollFirst();
            if (connection == null) {
                pooled++;
            }
            return connection;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            passOnWakeUp();
            throw new RunStoppingException("interrupted while waiting for a connection");
        } catch (SQLException | RuntimeException e) {
            passOnWakeUp();
            throw e;
        } finally {
            lock.unlock();
        }
    }

    /** Called with the lock held by a waiter that leaves without what it waited for. */
    private void passOnWakeUp() {
        if (!idle.isEmpty() || pooled < size) {
            changed.signal();
        }
    }

    private void giveBack(KeptConnection connection) {
        lock.lock();
        try {
            idle.addFirst(connection);
            changed.signal();
        } finally {
            lock.unlock();
        }
    }

    @Override
    void stopped() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
