package io.askdb.redis;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The subscription to the other servers' cache events, on a daemon thread of its own and a
 * connection of its own. When the connection breaks it tells the store (which marks Redis down and
 * retries), waits until the store is up again and subscribes anew.
 */
final class RedisSubscription {

    private static final Logger LOG = LoggerFactory.getLogger(RedisSubscription.class);

    private final RedisStore store;
    private final HostAndPort address;
    private final JedisClientConfig clientConfig;
    private final String channel;
    private final Consumer<String> onEvent;
    private final String displayUrl;
    private volatile boolean active;
    private volatile boolean closed;
    private volatile CountDownLatch confirmed = new CountDownLatch(1);
    private volatile JedisPubSub listener;
    private Thread thread;

    RedisSubscription(RedisStore store, HostAndPort address, JedisClientConfig clientConfig, String channel,
            Consumer<String> onEvent, String displayUrl) {
        this.store = store;
        this.address = address;
        this.clientConfig = clientConfig;
        this.channel = channel;
        this.onEvent = onEvent;
        this.displayUrl = displayUrl;
    }

    void start() {
        thread = new Thread(this::run, "askdb-cache-events");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether events are being received right now. */
    boolean active() {
        return active;
    }

    /** A new connection is coming: {@link #await} waits for its confirmation. */
    void expectNew() {
        confirmed = new CountDownLatch(1);
    }

    boolean await(Duration timeout) {
        try {
            return confirmed.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void close() {
        closed = true;
        JedisPubSub current = listener;
        if (current != null && current.isSubscribed()) {
            try {
                current.unsubscribe();
            } catch (JedisException e) {
                LOG.debug("unsubscribe failed while closing: {}", e.toString());
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        while (!closed && store.awaitUp()) {
            try (Jedis jedis = new Jedis(address, clientConfig)) {
                Listener current = new Listener();
                listener = current;
                jedis.subscribe(current, channel);
            } catch (JedisException e) {
                active = false;
                LOG.debug("event subscription to {} ended: {}", displayUrl, e.toString());
                if (!closed) {
                    store.connectionLost(e);
                }
            } finally {
                active = false;
            }
        }
    }

    /** Hands every event to the cache, which skips its own. */
    private final class Listener extends JedisPubSub {
        @Override
        public void onSubscribe(String name, int count) {
            active = true;
            confirmed.countDown();
        }

        @Override
        public void onMessage(String name, String message) {
            try {
                onEvent.accept(message);
            } catch (RuntimeException e) {
                LOG.warn("ignoring a cache event that could not be applied: {}", e.toString());
            }
        }
    }
}
