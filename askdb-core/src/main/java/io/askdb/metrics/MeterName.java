package io.askdb.metrics;

import io.micrometer.core.instrument.Tags;
import java.util.List;

/**
 * Every meter askdb publishes: its name, kind, tag keys, unit and description. This is the only
 * place a name is written; {@link AskDbMeters} registers meters only through {@link #tags}, so a
 * name cannot be registered with a second set of tag keys (Prometheus would refuse the second set
 * and drop its samples without a word).
 */
enum MeterName {
    QUERY_DURATION("askdb.query.duration", Kind.TIMER, null,
            "Time to answer a question, by the tier that had the last word", "tier", "success"),
    TIER_OUTCOMES("askdb.tier.outcomes", Kind.COUNTER, null,
            "What each tier did with a question", "tier", "outcome"),
    FAST_PATH_RATIO("askdb.fast_path.answer.ratio", Kind.GAUGE, null,
            "Share of questions answered by the fast path (tier 2), without an LLM"),
    ERRORS("askdb.errors", Kind.COUNTER, null,
            "Errors by code: the response's error.code or the HTTP layer's", "code"),

    LLM_CALLS("askdb.llm.calls", Kind.COUNTER, null,
            "Calls to a model, by outcome (success, circuit_open or the failure's reason)", "provider", "model",
            "outcome"),
    LLM_TOKENS("askdb.llm.tokens", Kind.COUNTER, null,
            "Tokens reported by the provider, prompt or completion", "provider", "model", "kind"),
    LLM_COST("askdb.llm.cost", Kind.COUNTER, "usd",
            "Estimated cost of model calls from the price table", "provider", "model"),
    LLM_LATENCY("askdb.llm.latency", Kind.TIMER, null,
            "Time of a call to a model, retries included", "provider", "model"),
    LLM_FALLBACKS("askdb.llm.fallbacks", Kind.COUNTER, null,
            "Complex-model failures answered by the fast model", "from", "to"),
    LLM_DOWNGRADES("askdb.llm.downgrades", Kind.COUNTER, null,
            "Complex questions sent to the fast model under load", "model"),
    LLM_COMPLEX_IN_FLIGHT("askdb.llm.complex.inflight", Kind.GAUGE, null,
            "Calls to the complex model in flight"),
    LLM_CIRCUIT_STATE("askdb.llm.circuit.state", Kind.GAUGE, null,
            "Circuit breaker of a model: 0 closed, 1 half-open (trying), 2 open (calls refused)", "provider",
            "model"),

    CACHE_REQUESTS("askdb.cache.requests", Kind.FUNCTION_COUNTER, null,
            "Questions answered from cache levels 1 or 2 (hit) or missing both (miss)", "result"),
    CACHE_SEMANTIC_HITS("askdb.cache.semantic.hits", Kind.FUNCTION_COUNTER, null,
            "Hits through a semantically equal question with the same literals"),
    CACHE_HIT_RATIO("askdb.cache.hit.ratio", Kind.GAUGE, null,
            "Share of lookups answered from any cache level (0 before the first lookup)"),
    CACHE_HITS("askdb.cache.hits", Kind.FUNCTION_COUNTER, null, "Hits of one cache level", "level"),
    CACHE_MISSES("askdb.cache.misses", Kind.FUNCTION_COUNTER, null, "Misses of one cache level", "level"),
    CACHE_EVICTIONS("askdb.cache.evictions", Kind.FUNCTION_COUNTER, null,
            "Entries of one cache level removed for size or age", "level"),
    CACHE_ENTRIES("askdb.cache.entries", Kind.GAUGE, null,
            "Entries held by one cache level (open connections for level pools)", "level"),
    CACHE_SIZE("askdb.cache.size", Kind.GAUGE, "bytes", "Rough heap used by one cache level's entries", "level"),
    CACHE_REDIS_UP("askdb.cache.redis.up", Kind.GAUGE, null,
            "1 while the shared Redis cache is reachable, 0 while it is down (absent without REDIS_URL)"),
    POOL_CONNECTIONS("askdb.pool.connections", Kind.GAUGE, null,
            "Connections of a database's pool: active, idle, or threads waiting for one", "database", "state"),
    DATABASE_CIRCUIT_STATE("askdb.database.circuit.state", Kind.GAUGE, null,
            "Circuit breaker of a database: 0 closed, 1 half-open (trying), 2 open (questions refused at once)",
            "database");

    /** How a meter is read; one name has one kind. */
    enum Kind {
        COUNTER,
        FUNCTION_COUNTER,
        GAUGE,
        TIMER
    }

    private final String meterName;
    private final Kind kind;
    private final String baseUnit;
    private final String description;
    private final List<String> tagKeys;

    MeterName(String meterName, Kind kind, String baseUnit, String description, String... tagKeys) {
        this.meterName = meterName;
        this.kind = kind;
        this.baseUnit = baseUnit;
        this.description = description;
        this.tagKeys = List.of(tagKeys);
    }

    String meterName() {
        return meterName;
    }

    Kind kind() {
        return kind;
    }

    /** The unit Micrometer appends to the exported name ({@code askdb_llm_cost_usd_total}); null for none. */
    String baseUnit() {
        return baseUnit;
    }

    String description() {
        return description;
    }

    List<String> tagKeys() {
        return tagKeys;
    }

    /** This meter's tags from values given in the order of {@link #tagKeys()}. */
    Tags tags(String... values) {
        if (values.length != tagKeys.size()) {
            throw new IllegalArgumentException(
                    meterName + " takes tags " + tagKeys + ", was given " + values.length + " values");
        }
        Tags tags = Tags.empty();
        for (int i = 0; i < values.length; i++) {
            tags = tags.and(tagKeys.get(i), values[i] == null ? "none" : values[i]);
        }
        return tags;
    }
}
