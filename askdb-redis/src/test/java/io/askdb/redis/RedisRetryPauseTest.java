package io.askdb.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.cache.RemoteStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * The pauses between reconnection attempts while Redis is unreachable: they bound how long sharing
 * stays off after Redis returns, so they must stay short however long the outage lasts.
 */
class RedisRetryPauseTest {

    @Test
    void should_retry_an_unreachable_redis_at_short_pauses_that_stop_growing() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        RecordingScheduler scheduler = new RecordingScheduler();
        RedisStore store = new RedisStore(new RemoteStore.Context("redis://127.0.0.1:" + closedPort,
                "i21-retry-test:", Duration.ofMinutes(1), scheduler, event -> {}, () -> {}));
        try {
            store.start();
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (scheduler.delaysMs.size() < 6 && System.nanoTime() < giveUp) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            }
        } finally {
            store.close();
            scheduler.shutdownNow();
        }

        List<Long> delays = List.copyOf(scheduler.delaysMs);
        assertThat(delays).hasSizeGreaterThanOrEqualTo(6);
        assertThat(delays.get(0)).isEqualTo(RedisStore.FIRST_RETRY_MS);
        assertThat(delays).allMatch(ms -> ms <= RedisStore.MAX_RETRY_MS);
        assertThat(delays.subList(3, delays.size())).containsOnly(RedisStore.MAX_RETRY_MS);
        assertThat(RedisStore.MAX_RETRY_MS).isLessThanOrEqualTo(250);
        assertThat(store.connected()).isFalse();
    }

    /** A real scheduler that notes each pause it is asked for. */
    private static final class RecordingScheduler extends ScheduledThreadPoolExecutor {
        final List<Long> delaysMs = new CopyOnWriteArrayList<>();

        RecordingScheduler() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            delaysMs.add(unit.toMillis(delay));
            return super.schedule(command, delay, unit);
        }
    }
}
