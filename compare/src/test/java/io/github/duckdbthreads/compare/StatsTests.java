package io.github.duckdbthreads.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatsTests {

    @ParameterizedTest(name = "median of [{0}] is {1}", quoteTextArguments = false)
    @CsvSource(delimiter = ';', textBlock = """
            7;             7.0
            3 1 2;         2.0
            40 10 30 20;   25.0
            5 5 1 9 5;     5.0
            1 2;           1.5
            """)
    void medianIsTheMiddleOrTheMeanOfTheTwoMiddleValues(String values, double expected) {
        long[] parsed = Arrays.stream(values.split(" ")).mapToLong(Long::parseLong).toArray();

        assertThat(Stats.median(parsed)).isEqualTo(expected);
    }

    @Test
    void medianLeavesItsInputInOrder() {
        long[] values = {3, 1, 2};

        Stats.median(values);

        assertThat(values).containsExactly(3, 1, 2);
    }

    @Test
    void medianOfNothingIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(Stats::median).withMessageContaining("no values");
    }
}
