package io.github.duckdbthreads.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * Where the task threads are, from the JDK's own JSON thread dump, which lists every thread, virtual ones
 * included: inside a native DuckDB call; waiting for a connection (for the source's turn to open one, for
 * the root's lock inside {@code duplicate()}, or for a pooled one); waiting for its remote call (the
 * I/O latency); queued (a virtual thread ready to run with no carrier to run on, or started and not yet
 * run); or elsewhere. A task thread is one whose stack
 * is inside a writer's or reader's {@code run}, or a virtual thread not yet run.
 *
 * <p>A platform thread that is ready to run but has no CPU cannot be told from one that runs: both are
 * {@code RUNNABLE}, so platform threads are never counted as queued. The dump is not one instant: each
 * thread is read at its own moment while the run goes on, which takes a second or more with thousands
 * of threads; so a census is taken in a run whose time is not the one reported (see {@link RunInstruments}).
 */
final class Census {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One census.
     *
     * @param atMillis   when it was taken, from the start of the task phase
     * @param dumpMillis how long the thread dump took
     */
    record Sample(long atMillis, int inDuckdb, int waitingForConnection, int waitingForIo, int queued, int other,
                  long dumpMillis) {

        /** Every task thread counted. */
        int tasks() {
            return inDuckdb + waitingForConnection + waitingForIo + queued + other;
        }
    }

    /** Where one thread is. */
    enum Where { IN_DUCKDB, WAITING_FOR_CONNECTION, WAITING_FOR_IO, QUEUED, OTHER, NOT_A_TASK }

    /** One thread of the dump, as much of it as the census reads. */
    record ThreadState(boolean virtual, String state, boolean mounted, List<String> stack) {
    }

    private Census() {
    }

    /** Takes a census now. */
    static Sample take(long phaseStartNanos) {
        long start = System.nanoTime();
        List<ThreadState> threads = dump();
        long dumpMillis = (System.nanoTime() - start) / 1_000_000;
        int[] counts = new int[Where.values().length];
        for (ThreadState thread : threads) {
            counts[classify(thread).ordinal()]++;
        }
        return new Sample((start - phaseStartNanos) / 1_000_000, counts[Where.IN_DUCKDB.ordinal()],
                counts[Where.WAITING_FOR_CONNECTION.ordinal()], counts[Where.WAITING_FOR_IO.ordinal()],
                counts[Where.QUEUED.ordinal()],
                counts[Where.OTHER.ordinal()], dumpMillis);
    }

    static Where classify(ThreadState thread) {
        List<String> stack = thread.stack();
        boolean neverRan = thread.virtual() && stack.isEmpty();
        if (!neverRan && stack.stream().noneMatch(Census::isTaskFrame)) {
            return Where.NOT_A_TASK;
        }
        if (!stack.isEmpty() && stack.getFirst().contains("org.duckdb.DuckDBNative.")
                && stack.getFirst().endsWith("(Native Method)")) {
            return Where.IN_DUCKDB;
        }
        if (thread.virtual() && thread.state().equals("RUNNABLE") && !thread.mounted()) {
            // Ready, with no carrier: never run yet, or woken (from a lock, say) and waiting its turn.
            return Where.QUEUED;
        }
        if (stack.stream().anyMatch(Census::isConnectionWait)) {
            return Where.WAITING_FOR_CONNECTION;
        }
        if (stack.stream().anyMatch(frame -> frame.contains("io.github.duckdbthreads.core.workload.RemoteCall.await("))) {
            return Where.WAITING_FOR_IO;
        }
        return Where.OTHER;
    }

    private static boolean isTaskFrame(String frame) {
        return frame.contains("io.github.duckdbthreads.core.workload.WriterTask.run(")
                || frame.contains("io.github.duckdbthreads.core.workload.ReaderTask.run(");
    }

    /** Not inside DuckDB (checked first), so waiting: for its turn, for the root's lock, for a pooled connection. */
    private static boolean isConnectionWait(String frame) {
        return frame.contains("io.github.duckdbthreads.core.database.TrackingConnectionSource.openConnection(")
                || frame.contains("org.duckdb.DuckDBConnection.duplicate(")
                || frame.contains("io.github.duckdbthreads.core.database.PooledConnections.take(");
    }

    private static List<ThreadState> dump() {
        try {
            Path directory = Files.createTempDirectory("census");
            Path file = directory.resolve("threads.json");
            try {
                ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                        .dumpThreads(file.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
                return read(JSON.readTree(file.toFile()));
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the thread dump failed", e);
        }
    }

    /** The threads of a JDK 25 JSON thread dump, in every thread container. */
    static List<ThreadState> read(JsonNode dump) {
        List<ThreadState> threads = new ArrayList<>();
        for (JsonNode container : dump.path("threadDump").path("threadContainers")) {
            for (JsonNode thread : container.path("threads")) {
                List<String> stack = new ArrayList<>();
                thread.path("stack").forEach(frame -> stack.add(frame.asText()));
                threads.add(new ThreadState(thread.path("virtual").asBoolean(false), thread.path("state").asText(),
                        thread.hasNonNull("carrier"), stack));
            }
        }
        return threads;
    }
}
