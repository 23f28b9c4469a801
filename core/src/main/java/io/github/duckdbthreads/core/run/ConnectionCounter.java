package io.github.duckdbthreads.core.run;

import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.database.ConnectionSource;
import io.github.duckdbthreads.core.database.CountingConnections;

/**
 * Counts a run's connections ({@link CountingConnections}) at the two moments that tell whether the run
 * left any behind: when the model returns, no task may still hold one; once the run is over, every one
 * it opened must be closed. For checks and measurements, as one {@link RunObserver} among others.
 */
public final class ConnectionCounter implements RunObserver {

    private CountingConnections connections;
    private CountingConnections.Counts atModelReturn;

    @Override
    public ConnectionSource connections(ConnectionSource source) {
        connections = CountingConnections.around(source);
        return connections;
    }

    @Override
    public void taskPhaseEnded(ModelResult result) {
        atModelReturn = connections.counts();
    }

    /** The counts the moment the model returned, before the run closed what was left. */
    public CountingConnections.Counts atModelReturn() {
        if (atModelReturn == null) {
            throw new IllegalStateException("the model has not returned yet");
        }
        return atModelReturn;
    }

    /** The counts now: once the run is over, with every connection it opened closed. */
    public CountingConnections.Counts now() {
        if (connections == null) {
            throw new IllegalStateException("no run has started");
        }
        return connections.counts();
    }
}
