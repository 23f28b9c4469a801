package io.github.duckdbthreads.core;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the workload's database lives: a file, or DuckDB's private in-memory database.
 */
public sealed interface DatabaseLocation {

    /** The value of {@code --db} that selects the in-memory database. */
    String IN_MEMORY = ":memory:";

    /** The guide's file name, in the working directory. */
    String DEFAULT_FILE = "my_persistent_db.duckdb";

    /** Reads a {@code --db} value: {@value #IN_MEMORY} or a file path. */
    static DatabaseLocation parse(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("needs a file path or " + IN_MEMORY);
        }
        return value.equals(IN_MEMORY) ? new InMemory() : new OnDisk(Path.of(value));
    }

    /** The JDBC URL that opens the root connection. */
    String jdbcUrl();

    /** The private {@code jdbc:duckdb:} database, reachable by other threads only through duplicates of the root. */
    record InMemory() implements DatabaseLocation {
        @Override
        public String jdbcUrl() {
            return "jdbc:duckdb:";
        }

        @Override
        public String toString() {
            return IN_MEMORY;
        }
    }

    /** A database file, created on first use. */
    record OnDisk(Path file) implements DatabaseLocation {
        public OnDisk {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public String jdbcUrl() {
            return "jdbc:duckdb:" + file;
        }

        @Override
        public String toString() {
            return file.toString();
        }
    }
}
