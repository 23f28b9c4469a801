package io.github.duckdbthreads.compare;

import java.util.List;
import java.util.Objects;

/** Everything one comparison produced: what ran, where, with which command, and the rows. */
record Report(Machine machine, Settings settings, String command, List<LineSummary> rows) {

    Report {
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(command, "command");
        rows = List.copyOf(rows);
    }
}
