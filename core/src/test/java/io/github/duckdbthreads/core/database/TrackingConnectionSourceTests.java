package io.github.duckdbthreads.core.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.duckdbthreads.core.ConnectionPolicy;

/**
 * A stop at each point of a task's way to its statement, and the two reasons a source refuses work: the
 * run is stopping (whatever the task's thread says), and the task's thread was interrupted (whatever the
 * run says). Each test below is caught by one of the two alone.
 */
class TrackingConnectionSourceTests {

    private static final Duration CEILING = Duration.ofSeconds(10);
    /** Ends only when cancelled while it runs. */
    private static final String STALLING = "SELECT count(*) FROM range(9223372036854775807)";
    private static final String SELECT_ONE = "SELECT 1";

    /** A JVM out of threads: the thread is made, but the OS will not start it. */
    private static final ThreadFactory OUT_OF_THREADS = task -> new Thread(task) {
        @Override
        public void start() {
            throw new OutOfMemoryError("unable to create native thread: possibly out of memory or process/resource limits reached");
        }
    };

    private Database database;

    @BeforeEach
    void openInMemory() throws SQLException {
        database = Database.open(new DatabaseLocation.InMemory());
    }

    @AfterEach
    void close() throws SQLException {
        database.close();
    }

    private static ConnectionPolicy policy(String name) {
        return switch (name) {
            case "per-task" -> ConnectionPolicy.PER_TASK;
            case "per-thread" -> ConnectionPolicy.PER_THREAD;
            case "pooled" -> ConnectionPolicy.pooled(2);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** A stop signalled while no task's thread is interrupted (as a scope is cancelled before it interrupts). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"per-task", "per-thread", "pooled"})
    void aStoppingRunRefusesEveryNewLeaseOnAThreadNobodyInterrupted(String policy) throws SQLException {
        ConnectionSource source = database.connections(policy(policy));
        source.lease().close();

        source.interruptAll();

        assertThatExceptionOfType(RunStoppingException.class).isThrownBy(source::lease)
                .withMessageContaining("stopping");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"per-task", "per-thread", "pooled"})
    void aStoppingRunRefusesTheStatementOfATaskThatHoldsItsConnection(String policy) throws SQLException {
        ConnectionSource source = database.connections(policy(policy));
        try (ConnectionLease lease = source.lease()) {
            source.interruptAll();

            assertThatExceptionOfType(RunStoppingException.class).isThrownBy(() -> lease.prepare(SELECT_ONE))
                    .withMessageContaining("stopping");
        }
    }

    /** One task's thread interrupted, with no stop of the run: {@code Future.cancel(true)} of one task. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"per-task", "per-thread", "pooled"})
    void anInterruptedTaskIsRefusedItsStatementWhileTheRunGoesOn(String policy) throws SQLException {
        ConnectionSource source = database.connections(policy(policy));
        try (ConnectionLease lease = source.lease()) {
            Thread.currentThread().interrupt();
            try {
                assertThatExceptionOfType(RunStoppingException.class).isThrownBy(() -> lease.prepare(SELECT_ONE))
                        .withMessageContaining("interrupted");
                assertThat(Thread.currentThread().isInterrupted()).as("the flag, left set").isTrue();
            } finally {
                Thread.interrupted();
            }
            assertThat(lease.prepare(SELECT_ONE)).as("the next task on this thread runs").isNotNull();
        }
    }

    /** A thread that keeps its connection reaches no lock on its way to it: only the flag tells it to stop. */
    @Test
    void anInterruptedThreadIsRefusedTheConnectionItKeeps() throws SQLException {
        ConnectionSource source = database.connections(ConnectionPolicy.PER_THREAD);
        source.lease().close();
        Thread.currentThread().interrupt();
        try {
            assertThatExceptionOfType(RunStoppingException.class).isThrownBy(source::lease)
                    .withMessageContaining("interrupted");
        } finally {
            Thread.interrupted();
        }
        source.lease().close();
    }

    @Test
    void aStopThatCannotStartAThreadStillCancelsTheStatementInFlightAndRefusesNewWork() throws Exception {
        ConnectionSource source = database.connections(ConnectionPolicy.PER_TASK, OUT_OF_THREADS);
        ConnectionLease lease = source.lease();
        Query stalled = Query.start(lease.prepare(STALLING));
        await("the statement is executing in DuckDB").atMost(CEILING).during(Duration.ofMillis(200))
                .until(() -> stalled.isInDuckDb());

        try {
            assertThatCode(source::interruptAll).as("the stop, on the thread that asks for it")
                    .doesNotThrowAnyException();

            await("the statement in flight was cancelled").atMost(CEILING).until(() -> !stalled.thread.isAlive());
            assertThat(stalled.failure.get()).isInstanceOf(SQLTimeoutException.class);
            assertThatExceptionOfType(RunStoppingException.class).isThrownBy(source::lease);
            assertThatCode(source::interruptAll).as("a second stop").doesNotThrowAnyException();
        } finally {
            stalled.cancelUntilEnded();
            lease.close();
        }
        source.close();
    }

    /**
     * The task has passed its last refusal check (its statement is prepared) when the stop comes, and its
     * statement starts only then: a cancel before it starts is forgotten, so only a cancel repeated after
     * the stop ends it.
     */
    @Test
    void aStatementThatStartsAfterTheStopIsCancelledAllTheSame() throws Exception {
        ConnectionSource source = database.connections(ConnectionPolicy.PER_TASK);
        ConnectionLease lease = source.lease();
        PreparedStatement statement = lease.prepare(STALLING);

        source.interruptAll();
        Query late = Query.start(statement);

        try {
            await("the statement that started after the stop was cancelled").atMost(CEILING)
                    .until(() -> !late.thread.isAlive());
            assertThat(late.failure.get()).isInstanceOf(SQLTimeoutException.class);
        } finally {
            late.cancelUntilEnded();
            lease.close();
        }
    }

    /** A statement run on a thread of its own, and how it ended. */
    private record Query(Thread thread, PreparedStatement statement, AtomicReference<Exception> failure) {

        static Query start(PreparedStatement statement) {
            AtomicReference<Exception> failure = new AtomicReference<>();
            Thread thread = Thread.ofPlatform().name("query").start(() -> {
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                } catch (SQLException e) {
                    failure.set(e);
                }
            });
            return new Query(thread, statement, failure);
        }

        /** Inside DuckDB's native execution, which is where a cancel reaches it. */
        boolean isInDuckDb() {
            return thread.getState() == Thread.State.RUNNABLE && Arrays.stream(thread.getStackTrace())
                    .anyMatch(frame -> frame.isNativeMethod() && frame.getMethodName().startsWith("duckdb_jdbc_execute"));
        }

        /** So that a failed test leaves no query running. */
        void cancelUntilEnded() throws InterruptedException {
            while (thread.isAlive()) {
                try {
                    statement.cancel();
                } catch (SQLException e) {
                    return;
                }
                thread.join(Duration.ofMillis(10));
            }
        }
    }
}
