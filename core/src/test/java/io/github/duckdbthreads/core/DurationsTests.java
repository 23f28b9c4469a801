package io.github.duckdbthreads.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTests {

    @ParameterizedTest(name = "{0} is {1} ms, printed {2}", quoteTextArguments = false)
    @CsvSource(textBlock = """
            500ms,    500,     500ms
            30s,      30000,   30s
            2m,       120000,  2m
            90s,      90000,   90s
            1h,       3600000, 1h
            PT30S,    30000,   30s
            pt1.5s,   1500,    1500ms
            """)
    void readsShorthandAndIsoDurations(String text, long millis, String printed) {
        Duration duration = Durations.parse(text);

        assertThat(duration).isEqualTo(Duration.ofMillis(millis));
        assertThat(Durations.format(duration)).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0s", "PT0S", "-PT1S", "3x", "1.5s", "", "s"})
    void refusesWhatIsNotAPositiveDuration(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Durations.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0s", "0ms", "PT0S"})
    void readsZeroWhereZeroIsAllowed(String text) {
        assertThat(Durations.parseNonNegative(text)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-PT1S", "-5ms", "soon"})
    void refusesWhatIsNotADurationOfZeroOrMore(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Durations.parseNonNegative(text));
    }
}
