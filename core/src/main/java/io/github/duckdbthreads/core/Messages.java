package io.github.duckdbthreads.core;

/** Keeps what reaches the terminal to one line per problem. */
final class Messages {

    private Messages() {
    }

    /** The first non-blank line of a message, which is where DuckDB puts its reason. */
    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        return message.strip().lines().findFirst().orElse("").strip();
    }
}
