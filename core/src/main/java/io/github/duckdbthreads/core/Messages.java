package io.github.duckdbthreads.core;

/** Keeps what reaches the terminal to one line per problem. */
public final class Messages {

    private Messages() {
    }

    /** The first non-blank line of a message, which is where DuckDB puts its reason. */
    public static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        return message.strip().lines().findFirst().orElse("").strip();
    }
}
