package io.github.duckdbthreads.core.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A duplicate that outlives the task: it keeps its prepared statements from one task to the next, so
 * the same SQL is prepared once per connection. Used by one task at a time; what ending a task's lease
 * means (nothing, or going back to a pool) is its source's.
 */
final class KeptConnection implements ConnectionLease {

    final Connection connection;
    private final TrackingConnectionSource source;
    private final Consumer<KeptConnection> whenTaskEnds;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    KeptConnection(Connection connection, TrackingConnectionSource source, Consumer<KeptConnection> whenTaskEnds) {
        this.connection = connection;
        this.source = source;
        this.whenTaskEnds = whenTaskEnds;
    }

    @Override
    public PreparedStatement prepare(String sql) throws SQLException {
        source.checkRunning();
        PreparedStatement statement = statements.get(sql);
        if (statement == null || statement.isClosed()) {
            if (statement != null) {
                // DuckDB closes a statement whose execution failed; its replacement takes its place.
                source.untrack(statement);
            }
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
            source.track(statement);
        }
        statement.clearParameters();
        return statement;
    }

    @Override
    public void close() {
        whenTaskEnds.accept(this);
    }
}
