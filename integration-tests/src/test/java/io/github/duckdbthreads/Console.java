package io.github.duckdbthreads;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Standard output and error for a demo run in this JVM, kept to be read afterwards. */
final class Console {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
    final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

    List<String> out() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    List<String> err() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
