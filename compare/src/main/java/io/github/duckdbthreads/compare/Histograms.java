package io.github.duckdbthreads.compare;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;

import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.Histogram;

/** Histograms of microseconds: carried between JVMs as HdrHistogram's compressed bytes, read as milliseconds. */
final class Histograms {

    private Histograms() {
    }

    static byte[] encode(AbstractHistogram histogram) {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        return Arrays.copyOf(buffer.array(), length);
    }

    static Histogram decode(byte[] bytes) {
        try {
            return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0);
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("not an encoded histogram: " + e.getMessage(), e);
        }
    }

    /** Every value of every histogram, in one. */
    static Histogram merge(List<byte[]> encoded) {
        Histogram all = new Histogram(3);
        for (byte[] bytes : encoded) {
            all.add(decode(bytes));
        }
        return all;
    }

    /**
     * The value at {@code percentile} in milliseconds: the smallest recorded value (to HdrHistogram's
     * three significant digits) that at least that share of values does not exceed; 0 when empty.
     */
    static double percentileMillis(Histogram micros, double percentile) {
        return micros.getTotalCount() == 0 ? 0 : micros.getValueAtPercentile(percentile) / 1_000.0;
    }

    static double maxMillis(Histogram micros) {
        return micros.getTotalCount() == 0 ? 0 : micros.getMaxValue() / 1_000.0;
    }
}
