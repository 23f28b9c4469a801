package io.github.duckdbthreads.core.database;

import java.sql.SQLException;

/** The connection source refuses a connection: the run is stopping, or the asking thread was interrupted. */
public final class RunStoppingException extends SQLException {

    private static final long serialVersionUID = 1L;

    RunStoppingException(String reason) {
        super(reason);
    }
}
