package io.askdb.pipeline;

import io.askdb.api.QueryResponse;
import io.askdb.api.TierName;
import io.askdb.cache.AnswerCache;
import io.askdb.pipeline.TierOutcome.Why;
import java.util.Optional;

/**
 * Tier 1: serves a stored answer for the same question (or a semantically equal one with the same
 * literal values) on the same database and scope. When only the SQL is still stored, it runs that
 * SQL again through the guard and the executor, so the rows are fresh.
 */
final class CacheTier implements Tier {

    private final AnswerCache cache;

    CacheTier(AnswerCache cache) {
        this.cache = cache;
    }

    @Override
    public TierName name() {
        return TierName.CACHE;
    }

    @Override
    public TierOutcome attempt(QueryContext context) {
        if (context.request().noCache()) {
            return TierOutcome.declined(Why.TURNED_OFF, "skipped: caching turned off for this request");
        }
        Optional<AnswerCache.CachedAnswer> hit = cache.lookup(context);
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
        Optional<AnswerCache.CachedSql> sqlHit = cache.lookupSql(context);
        if (sqlHit.isEmpty()) {
            return TierOutcome.declined(Why.MISS, "miss: no stored answer or SQL for this question");
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
