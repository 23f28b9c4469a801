package io.github.duckdbthreads.core.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ClosingTests {

    @Test
    void closesEveryOneAndKeepsEveryFailure() {
        List<String> closed = new ArrayList<>();
        SQLException first = new SQLException("first");
        SQLException second = new SQLException("second");

        assertThatExceptionOfType(SQLException.class).isThrownBy(() -> Closing.all(List.of(
                        () -> {
                            closed.add("a");
                            throw first;
                        },
                        () -> closed.add("b"),
                        () -> {
                            closed.add("c");
                            throw second;
                        },
                        () -> closed.add("root"))))
                .isSameAs(first)
                .satisfies(thrown -> assertThat(thrown.getSuppressed()).containsExactly(second));
        assertThat(closed).containsExactly("a", "b", "c", "root");
    }

    @Test
    void throwsNothingWhenNothingFails() throws SQLException {
        List<String> closed = new ArrayList<>();

        Closing.all(List.of(() -> closed.add("a"), () -> closed.add("b")));

        assertThat(closed).containsExactly("a", "b");
    }
}
