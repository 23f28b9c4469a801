package io.github.duckdbthreads.core.database;

import java.sql.SQLException;
import java.util.List;

/** Something to close that may fail with DuckDB's reason. */
@FunctionalInterface
interface Closing {

    void close() throws SQLException;

    /**
     * Closes every one, in order, whatever fails: the first failure is thrown once all are closed, with
     * every later one added to it as suppressed, so that none is lost.
     */
    static void all(List<Closing> closings) throws SQLException {
        SQLException failure = null;
        for (Closing closing : closings) {
            try {
                closing.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
