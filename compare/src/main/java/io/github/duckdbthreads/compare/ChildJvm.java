package io.github.duckdbthreads.compare;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.duckdbthreads.core.cli.JvmFlags;

/**
 * Starts the JVM that measures one run of one row ({@link LineProcess}) and reads what it measured.
 *
 * <p>The child needs this project's runtime classpath and the same {@code java}. Neither is
 * {@code java.class.path} under {@code mvn exec:java}, which runs in Maven's own JVM with the project
 * on a class loader of its own; so the classpath is read from the class loader that loaded this class
 * when that is a {@link URLClassLoader} (exec:java's is), and from {@code java.class.path} otherwise
 * (a plain {@code java -cp}, or Surefire, which sets it to the test classpath).
 */
final class ChildJvm {

    /** The same for every row: the project's own ({@link JvmFlags}), and a fixed heap. */
    static final List<String> FLAGS = Stream.concat(JvmFlags.ALL.stream(), Stream.of("-Xms1g", "-Xmx1g")).toList();

    private ChildJvm() {
    }

    static String java() {
        Optional<String> running = ProcessHandle.current().info().command();
        return running.orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    static String classpath() {
        if (ChildJvm.class.getClassLoader() instanceof URLClassLoader loader) {
            return Stream.of(loader.getURLs()).map(ChildJvm::toPath).collect(Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    private static String toPath(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot put " + url + " on a child JVM's classpath", e);
        }
    }

    /**
     * Runs one row once in a fresh JVM with these flags and returns what it measured.
     *
     * @throws RowFailedException with the child's own one-line reason if it did not finish
     */
    static RunMeasurement measure(List<String> jvmFlags, List<String> rowArgs) throws IOException, InterruptedException {
        return run(jvmFlags, LineProcess.class, rowArgs, RunMeasurement.class);
    }

    /**
     * Runs {@code main} in a fresh JVM with these arguments and {@code --out FILE}, and reads what it wrote
     * there.
     *
     * @throws RowFailedException with the child's own one-line reason if it did not finish
     */
    static <T> T run(Class<?> main, List<String> args, Class<T> wrote) throws IOException, InterruptedException {
        return run(FLAGS, main, args, wrote);
    }

    /** The same, with these JVM flags in place of {@link #FLAGS}. */
    static <T> T run(List<String> jvmFlags, Class<?> main, List<String> args, Class<T> wrote)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("compare-row-", ".json");
        Path log = Files.createTempFile("compare-row-", ".log");
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmFlags);
        command.add("-cp");
        command.add(classpath());
        command.add(main.getName());
        command.addAll(args);
        command.add("--out");
        command.add(out.toString());
        try {
            int status = ChildProcess.run(new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile()));
            if (status != 0) {
                throw new RowFailedException(reason(log, status));
            }
            return Json.MAPPER.readValue(out.toFile(), wrote);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(log);
        }
    }

    /** The child's first line that says something, as it is all the user will see of it. */
    private static String reason(Path log, int status) throws IOException {
        return Files.readAllLines(log).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("WARNING:") && !line.startsWith("Picked up "))
                .findFirst()
                .orElse("the measuring JVM exited with status " + status);
    }

    /** A row's JVM, or the other client's program ({@link NodeBench}), ended without a measurement. */
    static final class RowFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RowFailedException(String reason) {
            super(reason);
        }
    }
}
