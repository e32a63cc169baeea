package io.askdb.bench.load;

import java.util.Locale;
import java.util.Map;

/**
 * What a load run saw.
 *
 * @param sortedNanos every request's latency, sorted
 * @param tiers how many responses each tier gave ("error" for failures)
 */
public record LoadResult(int requests, long errors, double seconds, long[] sortedNanos, Map<String, Long> tiers) {

    public double requestsPerSecond() {
        return seconds == 0 ? 0 : requests / seconds;
    }

    /** Nearest-rank percentile in milliseconds. */
    public double percentileMs(double p) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    public String summary() {
        return String.format(Locale.ROOT,
                "%d requests in %.1f s: %.0f req/s, errors %d; latency ms p50 %.2f, p90 %.2f, p99 %.2f, max %.2f;"
                        + " tiers %s",
                requests, seconds, requestsPerSecond(), errors, percentileMs(50), percentileMs(90), percentileMs(99),
                percentileMs(100), tiers);
    }
}
