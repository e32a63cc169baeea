package io.askdb.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong nanos = new AtomicLong(1_000);

    @Test
    void should_grant_a_burst_of_the_limit_then_say_how_long_to_wait() {
        RateLimiter limiter = new RateLimiter(60, nanos::get);

        for (int i = 0; i < 60; i++) {
            assertThat(limiter.acquire("a")).isZero();
        }
        assertThat(limiter.acquire("a")).isEqualTo(1);
    }

    @Test
    void should_refill_evenly_over_the_minute() {
        RateLimiter limiter = new RateLimiter(2, nanos::get);
        limiter.acquire("a");
        limiter.acquire("a");

        assertThat(limiter.acquire("a")).isEqualTo(30);
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(29));
        assertThat(limiter.acquire("a")).isEqualTo(1);
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertThat(limiter.acquire("a")).isZero();
    }

    @Test
    void should_round_the_wait_up_to_whole_seconds_when_the_refill_does_not_divide_the_minute() {
        RateLimiter limiter = new RateLimiter(7, nanos::get);
        for (int i = 0; i < 7; i++) {
            limiter.acquire("a");
        }

        assertThat(limiter.acquire("a")).isEqualTo(9); // 60 s / 7 = 8.57 s
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(8_571));
        assertThat(limiter.acquire("a")).isEqualTo(1);
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
        assertThat(limiter.acquire("a")).isZero();
    }

    @Test
    void should_never_hold_more_than_one_minute_of_requests_after_a_long_idle() {
        RateLimiter limiter = new RateLimiter(2, nanos::get);
        nanos.addAndGet(TimeUnit.HOURS.toNanos(1));

        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isPositive();
    }

    @Test
    void should_keep_callers_apart() {
        RateLimiter limiter = new RateLimiter(1, nanos::get);

        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("b")).isZero();
        assertThat(limiter.acquire("a")).isPositive();
    }

    @Test
    void should_admit_everything_when_the_limit_is_zero() {
        RateLimiter limiter = new RateLimiter(0, nanos::get);

        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.acquire("a")).isZero();
        }
        assertThat(limiter.enabled()).isFalse();
    }
}
