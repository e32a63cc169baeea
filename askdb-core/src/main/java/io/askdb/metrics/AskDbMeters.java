package io.askdb.metrics;

import io.askdb.api.QueryResponse;
import io.askdb.api.TierName;
import io.askdb.api.TierReport;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.ToDoubleFunction;

/**
 * The one owner of askdb's meters (names in {@link MeterName}). The pipeline's parts report here in
 * plain values, never building a meter themselves: {@link #answered} and {@link #error} for
 * questions, {@link #llm()} for model calls, the {@code bind*} methods for the caches and pools,
 * whose live counters are read at each scrape.
 *
 * <p>Meters live in a composite registry of their own; {@link #publishTo} adds a registry (the
 * application's, the server's Prometheus registry), which then holds every meter registered before
 * and after. So one instance per {@code AskDb} may be created before anyone knows where the meters
 * go, and publishing to the same registry twice changes nothing.
 *
 * <p>Public for wiring: {@code AskDb} creates one and hands it to the caches, the LLM gateway and
 * the server.
 *
 * <p>Thread-safe: meters and atomics are; the objects gauges read are held here strongly (the
 * composite registry references them weakly), for as long as this instance lives. A scrape may see
 * the fast-path ratio's two counts one question apart.
 */
public final class AskDbMeters {

    private static final Duration[] QUERY_BUCKETS = {
        Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10),
        Duration.ofSeconds(30), Duration.ofSeconds(60)
    };

    private final CompositeMeterRegistry registry = new CompositeMeterRegistry();
    private final Set<Bound> bound = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<MeterKey, Meter> made = new ConcurrentHashMap<>();
    private final Queue<Object> held = new ConcurrentLinkedQueue<>();
    private final AtomicLong questions = new AtomicLong();
    private final AtomicLong fastPathAnswers = new AtomicLong();
    private final LlmMeters llm = new LlmMeters(this);

    public AskDbMeters() {
        gauge(MeterName.FAST_PATH_RATIO, this, AskDbMeters::fastPathRatio);
    }

    /** Meters that go to {@code target}. */
    public static AskDbMeters publishingTo(MeterRegistry target) {
        AskDbMeters meters = new AskDbMeters();
        meters.publishTo(target);
        return meters;
    }

    /** Adds a registry that gets every meter, those registered so far included; a second call with it is a no-op. */
    public AskDbMeters publishTo(MeterRegistry target) {
        registry.add(Objects.requireNonNull(target, "target"));
        return this;
    }

    // ---- questions ----

    /** Records one response: its tier and latency, each tier's outcome, its error code. */
    public void answered(QueryResponse response) {
        String tier = response.tier() == null ? "none" : response.tier().wireName();
        timer(MeterName.QUERY_DURATION, QUERY_BUCKETS, tier, Boolean.toString(response.success()))
                .record(Duration.ofNanos(Math.round(response.elapsedMs() * 1_000_000)));
        for (TierReport report : response.tiers()) {
            counter(MeterName.TIER_OUTCOMES, report.tier().wireName(), report.outcome()).increment();
        }
        if (response.error() != null) {
            error(response.error().code());
        }
        questions.incrementAndGet();
        if (response.success() && response.tier() == TierName.FAST_PATH) {
            fastPathAnswers.incrementAndGet();
        }
    }

    /** Counts an error by its code (a response's {@code error.code}, or one of the HTTP layer's). */
    public void error(String code) {
        counter(MeterName.ERRORS, code).increment();
    }

    /** Model calls, tokens, cost, fallbacks and circuit breakers. */
    public LlmMeters llm() {
        return llm;
    }

    // ---- caches and pools, read at each scrape ----

    /** Levels 1 and 2 together: questions answered from them, questions that missed both, semantic hits. */
    public void bindCacheRequests(LongSupplier hits, LongSupplier misses, LongSupplier semanticHits) {
        functionCounter(MeterName.CACHE_REQUESTS, hits, LongSupplier::getAsLong, "hit");
        functionCounter(MeterName.CACHE_REQUESTS, misses, LongSupplier::getAsLong, "miss");
        functionCounter(MeterName.CACHE_SEMANTIC_HITS, semanticHits, LongSupplier::getAsLong);
        gauge(MeterName.CACHE_HIT_RATIO, new LongSupplier[] {hits, misses}, counts -> {
            long h = counts[0].getAsLong();
            long lookups = h + counts[1].getAsLong();
            return lookups == 0 ? 0.0 : (double) h / lookups;
        });
    }

    /** One cache level's counters, tagged {@code level}. */
    public void bindCacheLevel(String level, CacheLevelReadings readings) {
        functionCounter(MeterName.CACHE_HITS, readings, CacheLevelReadings::hits, level);
        functionCounter(MeterName.CACHE_MISSES, readings, CacheLevelReadings::misses, level);
        functionCounter(MeterName.CACHE_EVICTIONS, readings, CacheLevelReadings::evictions, level);
        gauge(MeterName.CACHE_ENTRIES, readings, CacheLevelReadings::entries, level);
        gauge(MeterName.CACHE_SIZE, readings, CacheLevelReadings::estimatedBytes, level);
    }

    /** Whether the shared Redis cache is reachable; bind only when one is configured. */
    public void bindRedis(BooleanSupplier up) {
        gauge(MeterName.CACHE_REDIS_UP, up, u -> u.getAsBoolean() ? 1 : 0);
    }

    /** One database's connection pool, tagged {@code database} and {@code state}. */
    public void bindPool(String database, PoolReadings pool) {
        gauge(MeterName.POOL_CONNECTIONS, pool, PoolReadings::active, database, "active");
        gauge(MeterName.POOL_CONNECTIONS, pool, PoolReadings::idle, database, "idle");
        gauge(MeterName.POOL_CONNECTIONS, pool, PoolReadings::waiting, database, "waiting");
    }

    /** A database's circuit breaker, read at each scrape: 0 closed, 1 half-open, 2 open. */
    public void bindDatabaseCircuit(String database, java.util.function.IntSupplier state) {
        gauge(MeterName.DATABASE_CIRCUIT_STATE, state, java.util.function.IntSupplier::getAsInt, database);
    }

    // ---- registration: every meter goes through MeterName ----

    Counter counter(MeterName name, String... tagValues) {
        return (Counter) made.computeIfAbsent(new MeterKey(name, Arrays.asList(tagValues)), key ->
                Counter.builder(name.meterName()).description(name.description()).baseUnit(name.baseUnit())
                        .tags(checked(name, MeterName.Kind.COUNTER, tagValues)).register(registry));
    }

    /** A timer; {@code buckets} are the histogram's bucket bounds, none for a plain timer. */
    Timer timer(MeterName name, Duration[] buckets, String... tagValues) {
        return (Timer) made.computeIfAbsent(new MeterKey(name, Arrays.asList(tagValues)), key ->
                Timer.builder(name.meterName()).description(name.description()).serviceLevelObjectives(buckets)
                        .tags(checked(name, MeterName.Kind.TIMER, tagValues)).register(registry));
    }

    /**
     * A counter or timer already made, by name and tag values: registering again on every request
     * sorts its tags and looks it up in each registry, which costs more than the increment itself.
     */
    private record MeterKey(MeterName name, List<String> tagValues) {}

    /**
     * A gauge reading {@code state}; binding the same name and tags twice is a wiring mistake (the
     * registry would keep the first and read it forever), so it throws.
     */
    <T> void gauge(MeterName name, T state, ToDoubleFunction<T> value, String... tagValues) {
        Tags tags = checked(name, MeterName.Kind.GAUGE, tagValues);
        holdOnce(name, tags, state);
        Gauge.builder(name.meterName(), state, value).description(name.description()).baseUnit(name.baseUnit())
                .tags(tags).register(registry);
    }

    private <T> void functionCounter(MeterName name, T state, ToDoubleFunction<T> value, String... tagValues) {
        Tags tags = checked(name, MeterName.Kind.FUNCTION_COUNTER, tagValues);
        holdOnce(name, tags, state);
        FunctionCounter.builder(name.meterName(), state, value).description(name.description())
                .baseUnit(name.baseUnit()).tags(tags).register(registry);
    }

    private void holdOnce(MeterName name, Tags tags, Object state) {
        if (!bound.add(new Bound(name, tags))) {
            throw new IllegalStateException(name.meterName() + " " + tags + " is already bound");
        }
        held.add(state);
    }

    /** A meter that reads a live value, by name and tags. */
    private record Bound(MeterName name, Tags tags) {}

    private static Tags checked(MeterName name, MeterName.Kind kind, String... tagValues) {
        if (name.kind() != kind) {
            throw new IllegalArgumentException(name.meterName() + " is a " + name.kind() + ", not a " + kind);
        }
        return name.tags(tagValues);
    }

    private double fastPathRatio() {
        long total = questions.get();
        return total == 0 ? 0.0 : (double) fastPathAnswers.get() / total;
    }
}
