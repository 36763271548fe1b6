package org.gongkai.standalone.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds; percentiles by nearest rank over the sorted samples (small enough to keep). */
final class Latencies {

    private long[] samples = new long[1024];
    private int size;

    synchronized void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    synchronized int count() {
        return size;
    }

    /** The {@code p}-th percentile (0 < p ≤ 100) in milliseconds, 0 when there is no sample. */
    synchronized double percentileMs(double p) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * size);
        return Bench.round(sorted[Math.max(0, Math.min(size, rank) - 1)] / 1e6);
    }
}
