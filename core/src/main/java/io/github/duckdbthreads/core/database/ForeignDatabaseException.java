package io.github.duckdbthreads.core.database;

import java.sql.SQLException;
import java.util.Set;

/** The database holds something this project did not create, so the run leaves it alone. */
public final class ForeignDatabaseException extends SQLException {

    private static final long serialVersionUID = 1L;

    ForeignDatabaseException(DatabaseLocation location, Set<String> foreign) {
        super(location + " is a DuckDB database with content this demo did not create ("
                + String.join(", ", foreign) + "); it was left untouched, choose another --db");
    }
}
