package io.github.duckdbthreads;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.management.HotSpotDiagnosticMXBean;

/**
 * The names of the threads alive in this JVM, virtual ones included: {@link Thread#getAllStackTraces()}
 * lists platform threads only, so this reads the JVM's JSON thread dump, which lists every thread in
 * every thread container (a structured scope is one).
 */
final class LiveThreads {

    private static final Pattern NAME = Pattern.compile("\"name\": \"([^\"]*)\"");

    private LiveThreads() {
    }

    static List<String> named(Predicate<String> wanted) {
        try {
            Path dump = Files.createTempDirectory("threads").resolve("dump.json");
            try {
                ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                        .dumpThreads(dump.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
                Matcher names = NAME.matcher(Files.readString(dump));
                return names.results().map(match -> match.group(1)).filter(wanted).toList();
            } finally {
                Files.deleteIfExists(dump);
                Files.deleteIfExists(dump.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
