package io.askdb.app.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A Bucket4j token bucket per caller: {@code perMinute} requests in a burst, refilled evenly (greedily)
 * over a minute. A refused request is answered at once with the wait, never held.
 *
 * <p>Concurrency: buckets live in a Caffeine map (idle buckets are dropped after two minutes, by
 * which time they would be full again), so many callers cost bounded memory; each Bucket4j bucket
 * is thread-safe on its own. Time comes from the {@link Ticker}; tests pass a fake one.
 */
final class RateLimiter {

    private final int perMinute;
    private final TimeMeter clock;
    private final Cache<String, Bucket> buckets;

    RateLimiter(int perMinute, Ticker ticker) {
        this.perMinute = perMinute;
        this.clock = new TickerClock(ticker);
        this.buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(2)).ticker(ticker).build();
    }

    boolean enabled() {
        return perMinute > 0;
    }

    /** Takes one request's token; returns 0 when granted, else the whole seconds until one is free (at least 1). */
    long acquire(String caller) {
        if (!enabled()) {
            return 0;
        }
        ConsumptionProbe probe = buckets.get(caller, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        return Math.max(1, (long) Math.ceil(probe.getNanosToWaitForRefill() / (double) TimeUnit.SECONDS.toNanos(1)));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(clock)
                .build();
    }

    /** Bucket4j reads the same clock as the map's expiry. */
    private record TickerClock(Ticker ticker) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            return ticker.read();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
