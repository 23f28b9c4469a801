package io.github.duckdbthreads.core;

import io.github.duckdbthreads.core.database.DatabaseLocation;

/** A class of the contract's package that depends on the database package below it. */
public final class ContractReachingDown {

    private ContractReachingDown() {
    }

    public static String where() {
        return new DatabaseLocation.InMemory().jdbcUrl();
    }
}
