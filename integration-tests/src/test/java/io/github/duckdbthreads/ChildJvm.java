package io.github.duckdbthreads;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.github.duckdbthreads.core.cli.JvmFlags;

/**
 * A second JVM running one of this build's main classes with the test's own classpath and the project's
 * JVM flags, for what only a separate process shows honestly: signals, a kill, a file lock. Its output
 * is collected line by line as it comes; closing destroys it if it still runs.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Queue<String> out = new ConcurrentLinkedQueue<>();
    private final Queue<String> err = new ConcurrentLinkedQueue<>();
    private final List<Thread> readers = new ArrayList<>(2);

    private ChildJvm(Process process) {
        this.process = process;
        readers.add(collect(process.getInputStream(), out));
        readers.add(collect(process.getErrorStream(), err));
    }

    /**
     * @param temp the child's {@code java.io.tmpdir}: DuckDB unpacks its 70 MB native library there and
     *             deletes it on exit, which a killed child never reaches, so it goes where the test cleans up
     */
    static ChildJvm start(Path temp, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.addAll(JvmFlags.ALL);
        command.addAll(List.of("-Djava.io.tmpdir=" + temp, "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).start());
    }

    /** Sends a signal by name, e.g. {@code INT} for what Ctrl-C sends. */
    void signal(String name) throws IOException, InterruptedException {
        int status = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start().waitFor();
        if (status != 0) {
            throw new IllegalStateException("kill -" + name + " " + process.pid() + " exited with " + status);
        }
    }

    /**
     * Whether the child ignores SIGINT: a process started in the background of a non-interactive shell
     * inherits that, and the JVM then leaves Ctrl-C ignored, as every Unix program should.
     */
    boolean ignoresSigint() throws IOException {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        if (!Files.exists(status)) {
            // No /proc (macOS): nothing to tell, so the signal is sent and its effect checked.
            return false;
        }
        return Files.readAllLines(status).stream()
                .filter(line -> line.startsWith("SigIgn:"))
                .map(line -> Long.parseLong(line.substring("SigIgn:".length()).strip(), 16))
                .anyMatch(ignored -> (ignored & (1L << 1)) != 0);
    }

    Process process() {
        return process;
    }

    List<String> out() {
        return List.copyOf(out);
    }

    List<String> err() {
        return List.copyOf(err);
    }

    /** Waits for the streams to be read to their end; call once the process has exited. */
    void drain() throws InterruptedException {
        for (Thread reader : readers) {
            reader.join();
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor();
            drain();
        } catch (InterruptedException e) {
            // The child is killed either way; the test's thread keeps its interrupt.
            Thread.currentThread().interrupt();
        }
    }

    private static Thread collect(InputStream stream, Queue<String> lines) {
        return Thread.ofPlatform().daemon().name("child-output").start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                reader.lines().forEach(lines::add);
            } catch (IOException | UncheckedIOException e) {
                // The child was killed and its pipe closed under the reader: what it said is collected.
            }
        });
    }
}
