package io.github.duckdbthreads.compare;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the numbers were measured on.
 *
 * @param jdk      the runtime's vendor, version and VM, e.g. {@code Eclipse Adoptium 25.0.3+9-LTS (OpenJDK 64-Bit Server VM)}
 * @param duckdb   the DuckDB library and JDBC driver versions
 * @param jvmFlags the flags every measuring JVM got, identical for every row
 */
record Machine(int cores, String cpu, long memoryBytes, String os, String jdk, String duckdb, List<String> jvmFlags) {

    Machine {
        Objects.requireNonNull(cpu, "cpu");
        Objects.requireNonNull(os, "os");
        Objects.requireNonNull(jdk, "jdk");
        Objects.requireNonNull(duckdb, "duckdb");
        jvmFlags = List.copyOf(jvmFlags);
        if (cores < 1) {
            throw new IllegalArgumentException("cores must be at least 1, got " + cores);
        }
    }

    /** This machine, measured by JVMs started with {@code jvmFlags}, on {@code duckdb}. */
    static Machine current(String duckdb, List<String> jvmFlags) {
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : 0;
        return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(), memory,
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version")
                        + " (" + System.getProperty("java.vm.name") + ")",
                duckdb, jvmFlags);
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse(System.getProperty("os.arch"));
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }

    /** One line for the terminal and the report. */
    String describe() {
        return "%d cores (%s), %.0f GiB, %s; %s; %s".formatted(cores, cpu, memoryBytes / (double) (1L << 30), os, jdk, duckdb);
    }
}
