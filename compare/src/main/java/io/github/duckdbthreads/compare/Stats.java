package io.github.duckdbthreads.compare;

import java.util.Arrays;

/** Order statistics over a handful of runs. */
final class Stats {

    private Stats() {
    }

    /** The middle value; for an even count, the mean of the two middle ones. */
    static double median(long... values) {
        return median(Arrays.stream(values).asDoubleStream().toArray());
    }

    /** The same, for fractional values. */
    static double median(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("the median of no values is undefined");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
