package io.askdb.pipeline;

import io.askdb.api.QueryResponse;
import io.askdb.api.TierName;
import io.askdb.cache.AnswerCache;
import io.askdb.pipeline.TierOutcome.Why;
import java.util.Optional;

/**
 * Tier 1, in two stages that both answer as the cache. The exact stage runs first and serves a
 * stored answer for the same question on the same database and scope without embedding anything.
 * The similar stage runs after the fast path declined: it embeds the question and serves the answer
 * to a semantically equal question with the same literal values, so a question the fast path can
 * answer never waits for an embedding. When only the SQL is still stored, either stage runs that
 * SQL again through the guard and the executor, so the rows are fresh.
 */
final class CacheTier implements Tier {

    private final AnswerCache cache;
    private final boolean similar;

    private CacheTier(AnswerCache cache, boolean similar) {
        this.cache = cache;
        this.similar = similar;
    }

    /** The exact stage: the normalized question's key in levels 1 and 2. */
    static CacheTier exact(AnswerCache cache) {
        return new CacheTier(cache, false);
    }

    /** The similar stage: the nearest stored question by embedding, behind the literal guard. */
    static CacheTier similar(AnswerCache cache) {
        return new CacheTier(cache, true);
    }

    @Override
    public TierName name() {
        return TierName.CACHE;
    }

    /** The similar stage stays out of the account of a request that turned the cache off (the exact stage said so). */
    @Override
    public boolean applies(QueryContext context) {
        return !(similar && context.request().noCache());
    }

    @Override
    public TierOutcome attempt(QueryContext context) {
        if (context.request().noCache()) {
            return TierOutcome.declined(Why.TURNED_OFF, "skipped: caching turned off for this request");
        }
        Optional<AnswerCache.CachedAnswer> hit = similar ? cache.lookupSimilar(context) : cache.lookup(context);
        if (hit.isPresent() && context.request().dryRun()) {
            // A dry run shows the stored SQL and the database's plan of it, never the stored rows.
            AnswerCache.CachedAnswer cached = hit.get();
            context.cacheMatch(new CacheMatch("results", cached.semantic(), cached.matchedQuestion()));
            QueryResponse stored = cached.response();
            return SqlRunner.run(context, stored.sql())
                    .<TierOutcome>map(ran -> TierOutcome.answered(new Answer(ran.sql(), ran.result(), stored.strategy(),
                            stored.model(), "planned the SQL stored for \"" + cached.matchedQuestion() + "\"")))
                    .orElseGet(() -> {
                        context.cacheMatch(null);
                        return TierOutcome.declined(Why.FAILED, "stored SQL no longer plans: " + context.lastError());
                    });
        }
        if (hit.isPresent()) {
            AnswerCache.CachedAnswer cached = hit.get();
            context.cacheMatch(new CacheMatch("results", cached.semantic(), cached.matchedQuestion()));
            return new TierOutcome.Final(cached.response());
        }
        Optional<AnswerCache.CachedSql> sqlHit = similar ? cache.lookupSimilarSql(context) : cache.lookupSql(context);
        if (sqlHit.isEmpty()) {
            return TierOutcome.declined(Why.MISS, similar
                    ? "miss: no stored question close enough in meaning (with the same values)"
                    : "miss: no stored answer or SQL for this question");
        }
        AnswerCache.CachedSql stored = sqlHit.get();
        context.cacheMatch(new CacheMatch("sql", stored.semantic(), stored.matchedQuestion()));
        Optional<SqlRunner.RanSql> ran = SqlRunner.run(context, stored.sql());
        if (ran.isEmpty()) {
            context.cacheMatch(null);
            return TierOutcome.declined(Why.FAILED, "stored SQL no longer runs: " + context.lastError());
        }
        return TierOutcome.answered(new Answer(ran.get().sql(), ran.get().result(), stored.strategy(), stored.model(),
                "ran again the SQL stored for \"" + stored.matchedQuestion() + "\""));
    }
}
