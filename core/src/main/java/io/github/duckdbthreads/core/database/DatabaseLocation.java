package io.github.duckdbthreads.core.database;

import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Where the workload's database lives: a file, or DuckDB's private in-memory database; and, if asked
 * for, how many worker threads of its own DuckDB runs for it ({@link #withDuckdbThreads}).
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

    /**
     * The same database, with DuckDB's {@code threads} setting at {@code threads}: the worker threads
     * DuckDB keeps for the instance, beside the threads that call it (DuckDB's default: one per core).
     */
    default DatabaseLocation withDuckdbThreads(int threads) {
        return new WithDuckdbThreads(place(), threads);
    }

    /** The file or in-memory database, whatever DuckDB's settings. */
    default DatabaseLocation place() {
        return this;
    }

    /** DuckDB's {@code threads} setting asked for; empty for DuckDB's default. */
    default OptionalInt duckdbThreads() {
        return OptionalInt.empty();
    }

    /** A database with DuckDB's worker threads set. */
    record WithDuckdbThreads(DatabaseLocation place, int threads) implements DatabaseLocation {
        public WithDuckdbThreads {
            Objects.requireNonNull(place, "place");
            if (place instanceof WithDuckdbThreads) {
                throw new IllegalArgumentException("set DuckDB's threads once");
            }
            if (threads < 1) {
                throw new IllegalArgumentException("duckdb-threads must be at least 1, got " + threads);
            }
        }

        @Override
        public String jdbcUrl() {
            return place.jdbcUrl() + ";threads=" + threads;
        }

        @Override
        public OptionalInt duckdbThreads() {
            return OptionalInt.of(threads);
        }

        @Override
        public String toString() {
            return place.toString();
        }
    }

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
