package io.askdb.redis;

import io.askdb.cache.RemoteStore;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.args.ExpiryOption;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.resps.ScanResult;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * Redis behind the local levels, shared by every askdb server with the same key prefix. Keys are
 * {@code prefix + level + ":" + key} with the level's TTL; a set {@code prefix + "t:" + table} lists
 * the keys whose SQL reads that table. Servers tell each other about clears and invalidations on
 * the channel {@code prefix + "events"}, as JSON that only the cache reads.
 *
 * <p>Outages: the first failed command marks Redis down and logs once. While it is down, every
 * method returns at once without touching the network, so askdb answers from the local levels and
 * the database. A background task on the cache's scheduler retries with growing pauses
 * ({@value #FIRST_RETRY_MS} ms up to {@value #MAX_RETRY_MS} ms), opens a fresh pool when Redis
 * answers again, serves through it, and then calls {@code onReconnect}: the local levels are
 * cleared, because invalidations sent during the outage were missed. The pause stops growing at
 * {@value #MAX_RETRY_MS} ms because it bounds how long sharing stays off after Redis is back (the
 * reliability target is a second, of which the reconnection and the new subscription take their
 * share); a refused PING five times a second costs nothing.
 *
 * <p>Concurrency: {@code client} and {@code up} are volatile and replaced together under
 * {@code this}; a command that races with a swap at worst fails and marks Redis down again. The
 * retry state is guarded by {@code this}. One daemon thread holds the subscription
 * ({@link RedisSubscription}).
 */
final class RedisStore implements RemoteStore {

    private static final Logger LOG = LoggerFactory.getLogger(RedisStore.class);

    private static final int CONNECT_TIMEOUT_MS = 500;
    private static final int SOCKET_TIMEOUT_MS = 1000;
    static final long FIRST_RETRY_MS = 100;
    static final long MAX_RETRY_MS = 200;
    private static final Duration SUBSCRIBE_WAIT = Duration.ofSeconds(2);
    private static final int SCAN_COUNT = 1000;

    private final String displayUrl;
    private final HostAndPort address;
    private final JedisClientConfig clientConfig;
    private final String prefix;
    private final String channel;
    private final Duration longestTtl;
    private final ScheduledExecutorService scheduler;
    private final Runnable onReconnect;

    private final RedisSubscription subscription;
    private volatile UnifiedJedis client;
    private volatile boolean up;
    private volatile boolean closed;
    private boolean retryScheduled;
    private long retryDelayMs = FIRST_RETRY_MS;

    RedisStore(RemoteStore.Context context) {
        String url = context.url();
        URI uri = URI.create(url);
        if (!JedisURIHelper.isValid(uri)) {
            throw new IllegalArgumentException("REDIS_URL must look like redis://host:port[/db], was '" + url + "'");
        }
        this.displayUrl = uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort() + uri.getPath();
        this.address = JedisURIHelper.getHostAndPort(uri);
        this.clientConfig = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(CONNECT_TIMEOUT_MS)
                .socketTimeoutMillis(SOCKET_TIMEOUT_MS)
                .database(JedisURIHelper.getDBIndex(uri))
                .user(JedisURIHelper.getUser(uri))
                .password(JedisURIHelper.getPassword(uri))
                .ssl(JedisURIHelper.isRedisSSLScheme(uri))
                .clientName("askdb")
                .build();
        this.prefix = context.keyPrefix();
        this.channel = prefix + "events";
        this.longestTtl = context.longestTtl();
        this.scheduler = context.scheduler();
        this.onReconnect = context.onReconnect();
        this.subscription = new RedisSubscription(this, address, clientConfig, channel, context.onEvent(), displayUrl);
    }

    /** Connects, subscribes and waits briefly for the subscription; an unreachable Redis is retried in the background. */
    @Override
    public void start() {
        UnifiedJedis fresh = newClient();
        try {
            fresh.ping();
            synchronized (this) {
                client = fresh;
                up = true;
            }
            LOG.info("cache levels 1-3 are shared through Redis at {} (key prefix '{}')", displayUrl, prefix);
        } catch (JedisException e) {
            fresh.close();
            markDown(e);
        }
        subscription.start();
        if (up) {
            subscription.await(SUBSCRIBE_WAIT);
        }
    }

    @Override
    public Optional<Remote> get(String level, String key) {
        String full = full(level, key);
        return call(redis -> {
            try (AbstractPipeline pipe = redis.pipelined()) {
                Response<String> value = pipe.get(full);
                Response<Long> ttl = pipe.pttl(full);
                pipe.sync();
                return value.get() == null
                        ? Optional.<Remote>empty()
                        : Optional.of(new Remote(value.get(), Duration.ofMillis(ttl.get())));
            }
        }, Optional.empty());
    }

    @Override
    public void put(String level, String key, String json, Duration ttl, Set<String> tables) {
        String full = full(level, key);
        call(redis -> {
            try (AbstractPipeline pipe = redis.pipelined()) {
                pipe.set(full, json, SetParams.setParams().px(ttl.toMillis()));
                for (String table : tables) {
                    String set = tableSet(table);
                    pipe.sadd(set, level + ":" + key);
                    pipe.pexpire(set, longestTtl.toMillis(), ExpiryOption.NX);
                    pipe.pexpire(set, longestTtl.toMillis(), ExpiryOption.GT);
                }
                pipe.sync();
            }
            return null;
        }, null);
    }

    @Override
    public Set<String> invalidateTables(Set<String> tables) {
        if (tables.isEmpty()) {
            return Set.of();
        }
        String[] sets = tables.stream().map(this::tableSet).toArray(String[]::new);
        return call(redis -> {
            Set<String> members = new HashSet<>();
            for (String set : sets) {
                members.addAll(redis.smembers(set));
            }
            Set<String> removed = delete(redis, members);
            redis.del(sets);
            return removed;
        }, Set.of());
    }

    @Override
    public Set<String> invalidateKeys(Set<String> levels, Predicate<String> matches) {
        return call(redis -> {
            Set<String> matching = new HashSet<>();
            for (String level : levels) {
                String levelPrefix = prefix + level + ":";
                for (String full : scan(redis, escapeGlob(levelPrefix) + "*")) {
                    String key = full.substring(levelPrefix.length());
                    if (matches.test(key)) {
                        matching.add(level + ":" + key);
                    }
                }
            }
            return delete(redis, matching);
        }, Set.of());
    }

    @Override
    public void clear() {
        call(redis -> {
            List<String> keys = scan(redis, escapeGlob(prefix) + "*");
            for (int i = 0; i < keys.size(); i += 500) {
                redis.unlink(keys.subList(i, Math.min(keys.size(), i + 500)).toArray(String[]::new));
            }
            return null;
        }, null);
    }

    @Override
    public void publish(String event) {
        call(redis -> redis.publish(channel, event), 0L);
    }

    /** Up when commands get through and the event subscription is confirmed. */
    @Override
    public boolean connected() {
        return up && subscription.active();
    }

    /** Blocks the subscription thread while Redis is down; false once closed. */
    synchronized boolean awaitUp() {
        while (!up && !closed) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !closed;
    }

    /** The subscription's connection broke: the same as a failed command. */
    void connectionLost(Exception cause) {
        if (!closed) {
            markDown(cause);
        }
    }

    @Override
    public void close() {
        closed = true;
        subscription.close();
        synchronized (this) {
            up = false;
            notifyAll();
        }
        UnifiedJedis redis = client;
        if (redis != null) {
            redis.close();
        }
    }

    private Set<String> delete(UnifiedJedis redis, Set<String> levelKeys) {
        if (levelKeys.isEmpty()) {
            return Set.of();
        }
        Map<String, Response<Long>> results = new LinkedHashMap<>();
        try (AbstractPipeline pipe = redis.pipelined()) {
            for (String levelKey : levelKeys) {
                results.put(levelKey, pipe.del(prefix + levelKey));
            }
            pipe.sync();
        }
        Set<String> removed = new HashSet<>();
        results.forEach((levelKey, count) -> {
            if (count.get() > 0) {
                removed.add(levelKey);
            }
        });
        return removed;
    }

    private static List<String> scan(UnifiedJedis redis, String pattern) {
        List<String> keys = new ArrayList<>();
        ScanParams params = new ScanParams().match(pattern).count(SCAN_COUNT);
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = redis.scan(cursor, params);
            keys.addAll(page.getResult());
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return keys;
    }

    /** Escapes Redis glob characters so a prefix matches only itself. */
    static String escapeGlob(String text) {
        return text.replaceAll("([*?\\[\\]\\\\])", "\\\\$1");
    }

    private String full(String level, String key) {
        return prefix + level + ":" + key;
    }

    private String tableSet(String table) {
        return prefix + "t:" + table;
    }

    private <T> T call(Function<UnifiedJedis, T> command, T fallback) {
        UnifiedJedis redis = client;
        if (!up || redis == null) {
            return fallback;
        }
        try {
            return command.apply(redis);
        } catch (JedisConnectionException e) {
            markDown(e);
            return fallback;
        } catch (JedisException e) {
            LOG.debug("Redis command failed: {}", e.toString());
            return fallback;
        }
    }

    private UnifiedJedis newClient() {
        GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
        pool.setMaxTotal(16);
        pool.setMaxIdle(16);
        pool.setMaxWait(Duration.ofMillis(CONNECT_TIMEOUT_MS));
        pool.setJmxEnabled(false);
        return new JedisPooled(address, clientConfig, pool);
    }

    /** Marks Redis down (logging only on the change) and makes sure a retry is scheduled. */
    private void markDown(Exception cause) {
        LOG.debug("Redis command or subscription failed: {}", cause.toString());
        boolean wasUp;
        synchronized (this) {
            if (closed) {
                return;
            }
            wasUp = up;
            up = false;
            if (retryScheduled) {
                return;
            }
            retryScheduled = true;
            retryDelayMs = FIRST_RETRY_MS;
        }
        if (wasUp || client == null) {
            LOG.warn("Redis at {} is unreachable ({}); answering from the local caches and the database, "
                    + "and reconnecting in the background", displayUrl, cause.getMessage());
        }
        scheduleRetry();
    }

    private void scheduleRetry() {
        try {
            scheduler.schedule(this::retry, retryDelayMs, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("not retrying Redis: the cache is closing");
        }
    }

    private void retry() {
        if (closed) {
            return;
        }
        UnifiedJedis fresh = null;
        try {
            fresh = newClient();
            fresh.ping();
        } catch (JedisException e) {
            if (fresh != null) {
                fresh.close();
            }
            synchronized (this) {
                retryDelayMs = Math.min(MAX_RETRY_MS, retryDelayMs * 2);
            }
            scheduleRetry();
            return;
        }
        UnifiedJedis old;
        synchronized (this) {
            old = client;
            client = fresh;
            subscription.expectNew();
            up = true;
            retryScheduled = false;
            notifyAll();
        }
        // Forget what may have been invalidated meanwhile. Serving first, then clearing: a question
        // whose local entry is cleared finds it in Redis at once, instead of missing both in between
        // and going to the database (which may still be down); a local entry read just before the
        // clear is one the outage was serving anyway.
        onReconnect.run();
        if (old != null) {
            old.close();
        }
        LOG.info("Redis at {} is reachable again; local caches cleared, since invalidations sent meanwhile "
                + "were missed", displayUrl);
    }
}
