package io.askdb.app.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A token bucket per caller: {@code perMinute} requests in a burst, refilled evenly over a minute.
 *
 * <p>Concurrency: buckets live in a Caffeine map (idle buckets are dropped after two minutes, by
 * which time they would be full again); each bucket guards its two fields with its own lock, so
 * callers contend only with themselves. Time comes from the {@link Ticker}; tests pass a fake one.
 */
final class RateLimiter {

    private final int perMinute;
    private final double tokensPerNano;
    private final Ticker ticker;
    private final Cache<String, Bucket> buckets;

    RateLimiter(int perMinute, Ticker ticker) {
        this.perMinute = perMinute;
        this.tokensPerNano = perMinute / (double) TimeUnit.MINUTES.toNanos(1);
        this.ticker = ticker;
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
        return buckets.get(caller, k -> new Bucket(perMinute, ticker.read())).take(ticker.read());
    }

    private final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        synchronized long take(long now) {
            tokens = Math.min(perMinute, tokens + Math.max(0, now - last) * tokensPerNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            double nanos = (1 - tokens) / tokensPerNano;
            return Math.max(1, (long) Math.ceil(nanos / TimeUnit.SECONDS.toNanos(1)));
        }
    }
}
