package io.github.duckdbthreads.core.workload;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** One reader's row: its thread's name, the rows it saw, and its transaction's start time. */
public record ReaderResult(String threadName, long rowCounter, OffsetDateTime currentTimestamp) {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx");

    /** Printed as the guide's {@code print(...fetchall())} prints it: a list holding one tuple. */
    @Override
    public String toString() {
        return "[('" + threadName + "', " + rowCounter + ", " + TIMESTAMP.format(currentTimestamp) + ")]";
    }
}
