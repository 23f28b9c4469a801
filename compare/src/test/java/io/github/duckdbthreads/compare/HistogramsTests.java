package io.github.duckdbthreads.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HistogramsTests {

    /** 1 to 100 microseconds, each once. */
    private static Histogram oneToHundredMicros() {
        Histogram histogram = new Histogram(3);
        for (int micros = 1; micros <= 100; micros++) {
            histogram.recordValue(micros);
        }
        return histogram;
    }

    @ParameterizedTest(name = "p{0} of 1..100 µs is {1} ms")
    @CsvSource(textBlock = """
            50,    0.050
            99,    0.099
            99.9,  0.100
            100,   0.100
            1,     0.001
            """)
    void percentileIsTheSmallestValueThatShareDoesNotExceed(double percentile, double expectedMillis) {
        assertThat(Histograms.percentileMillis(oneToHundredMicros(), percentile)).isEqualTo(expectedMillis);
    }

    @Test
    void maxIsTheLargestValue() {
        assertThat(Histograms.maxMillis(oneToHundredMicros())).isEqualTo(0.1);
    }

    @Test
    void anEmptyHistogramReadsAsZero() {
        Histogram empty = new Histogram(3);

        assertThat(Histograms.percentileMillis(empty, 99)).isZero();
        assertThat(Histograms.maxMillis(empty)).isZero();
    }

    @Test
    void encodedHistogramsMergeIntoOneHoldingEveryValue() {
        Histogram low = new Histogram(3);
        Histogram high = new Histogram(3);
        for (int micros = 1; micros <= 50; micros++) {
            low.recordValue(micros);
            high.recordValue(micros + 50);
        }

        Histogram merged = Histograms.merge(List.of(Histograms.encode(low), Histograms.encode(high)));

        assertThat(merged.getTotalCount()).isEqualTo(100);
        assertThat(Histograms.percentileMillis(merged, 50)).isEqualTo(0.05);
        assertThat(Histograms.percentileMillis(merged, 99)).isEqualTo(0.099);
        assertThat(Histograms.maxMillis(merged)).isEqualTo(0.1);
    }

    @Test
    void valuesAboveTheExactRangeKeepThreeSignificantDigits() {
        Histogram histogram = new Histogram(3);
        histogram.recordValue(123_456); // 123.456 ms

        assertThat(Histograms.maxMillis(histogram)).isBetween(123.4, 123.6);
    }
}
