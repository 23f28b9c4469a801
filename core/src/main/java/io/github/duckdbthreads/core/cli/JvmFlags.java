package io.github.duckdbthreads.core.cli;

import java.util.List;

/**
 * The flags every JVM of this project runs with, declared once for the code that starts one (compare's
 * measuring JVMs, the tests' second processes). The build files cannot read Java: the root pom's
 * {@code jvm.flags} (Surefire's JVMs) and {@code .mvn/jvm.config} ({@code exec:java}, which runs in
 * Maven's own JVM) say the same, and a test holds them to this list.
 */
public final class JvmFlags {

    /** The structured scope is a preview API in JDK 25, and preview class files load only with this. */
    public static final String PREVIEW = "--enable-preview";

    /** DuckDB's driver loads its native library; without this JDK 25 warns that {@code System::load} was called. */
    public static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";

    public static final List<String> ALL = List.of(PREVIEW, NATIVE_ACCESS);

    private JvmFlags() {
    }
}
