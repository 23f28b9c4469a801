package io.github.duckdbthreads.core.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.duckdbthreads.core.ConnectionPolicy;

/** The pool's wait, at the interleavings that could strand a waiter. */
class PooledConnectionsTests {

    private static final Duration CEILING = Duration.ofSeconds(10);

    private Database database;
    private PooledConnections pool;

    @BeforeEach
    void openAPoolOfOne() throws SQLException {
        database = Database.open(new DatabaseLocation.InMemory());
        pool = (PooledConnections) database.connections(ConnectionPolicy.pooled(1));
    }

    @AfterEach
    void close() throws SQLException {
        database.close();
    }

    /**
     * The give-back's signal picks the first waiter, which is interrupted before it runs again: it leaves
     * refused, without the connection. The second waiter must get it all the same, not sleep until another
     * give-back that may never come (a {@code Future.cancel(true)} of one task must not hang its neighbour).
     */
    @Test
    void aWokenWaiterThatIsInterruptedPassesTheConnectionOnToTheNextWaiter() throws Exception {
        ConnectionLease held = pool.lease();
        Waiter first = Waiter.start(pool, "first");
        awaitWaiters(1);
        Waiter second = Waiter.start(pool, "second");
        awaitWaiters(2);

        // Holding the pool's lock, the give-back signals the first waiter, which cannot run before the
        // interrupt reaches it: its await() returns normally, with the flag set, after the signal.
        pool.lock.lock();
        try {
            held.close();
            first.thread.interrupt();
        } finally {
            pool.lock.unlock();
        }

        await("the first waiter has left").atMost(CEILING).until(() -> !first.thread.isAlive());
        assertThat(first.refused.get()).as("the interrupted waiter").isInstanceOf(RunStoppingException.class);
        await("the second waiter has the connection").atMost(CEILING).until(() -> !second.thread.isAlive());
        assertThat(second.refused.get()).as("refusal of the second waiter").isNull();
        assertThat(second.lease.get()).isNotNull();
        second.lease.get().close();
    }

    /** A stop signalled while no waiter is interrupted: the stop alone wakes them and refuses them. */
    @Test
    void aStopRefusesEveryWaiterNobodyInterrupted() throws Exception {
        ConnectionLease held = pool.lease();
        Waiter first = Waiter.start(pool, "first");
        Waiter second = Waiter.start(pool, "second");
        awaitWaiters(2);

        pool.interruptAll();

        await("both waiters have left").atMost(CEILING).until(() -> !first.thread.isAlive() && !second.thread.isAlive());
        assertThat(first.refused.get()).isInstanceOf(RunStoppingException.class);
        assertThat(second.refused.get()).isInstanceOf(RunStoppingException.class);
        held.close();
    }

    /** One waiter interrupted, with no stop of the run: it leaves refused, the others wait on. */
    @Test
    void anInterruptedWaiterLeavesAndTheOthersWaitOn() throws Exception {
        ConnectionLease held = pool.lease();
        Waiter first = Waiter.start(pool, "first");
        awaitWaiters(1);
        Waiter second = Waiter.start(pool, "second");
        awaitWaiters(2);

        first.thread.interrupt();

        await("the interrupted waiter has left").atMost(CEILING).until(() -> !first.thread.isAlive());
        assertThat(first.refused.get()).isInstanceOf(RunStoppingException.class);
        awaitWaiters(1);
        held.close();
        await("the other waiter has the connection").atMost(CEILING).until(() -> !second.thread.isAlive());
        assertThat(second.lease.get()).isNotNull();
        second.lease.get().close();
    }

    private void awaitWaiters(int count) {
        await(count + " waiting on the pool's condition").atMost(CEILING).until(() -> {
            pool.lock.lock();
            try {
                return pool.lock.getWaitQueueLength(pool.changed) == count;
            } finally {
                pool.lock.unlock();
            }
        });
    }

    /** A thread that asks the pool for a connection and keeps what it got. */
    private record Waiter(Thread thread, AtomicReference<ConnectionLease> lease, AtomicReference<Exception> refused) {

        static Waiter start(ConnectionSource source, String name) {
            AtomicReference<ConnectionLease> lease = new AtomicReference<>();
            AtomicReference<Exception> refused = new AtomicReference<>();
            Thread thread = Thread.ofPlatform().name(name).start(() -> {
                try {
                    lease.set(source.lease());
                } catch (SQLException e) {
                    refused.set(e);
                }
            });
            return new Waiter(thread, lease, refused);
        }
    }
}
