package io.github.duckdbthreads.compare;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small Node.js programs for tests; a test that runs one is skipped where there is no node on the PATH. */
final class FakeNode {

    private FakeNode() {
    }

    /** Writes {@code source} to {@code dir/name} and returns it, with the node that will run it. */
    static NodeBench program(Path dir, String name, String source) throws IOException, InterruptedException {
        Path program = Files.writeString(dir.resolve(name), source);
        try {
            return NodeBench.of(program);
        } catch (IllegalArgumentException noNode) {
            assumeTrue(false, "node is not on the PATH");
            throw noNode;
        }
    }

    /** A program that prints {@code line}, as the real one prints its wall time and rows. */
    static NodeBench printing(Path dir, String line) throws IOException, InterruptedException {
        return program(dir, "bench.mjs", "console.log('" + line + "');\n");
    }
}
