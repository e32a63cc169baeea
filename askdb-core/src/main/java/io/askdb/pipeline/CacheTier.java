package io.askdb.pipeline;

import io.askdb.api.TierName;
import java.util.LinkedHashMap;
import java.util.Map;
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
            return TierOutcome.declined("skipped: caching turned off for this request (--no-cache)");
        }
        Optional<AnswerCache.CachedAnswer> hit = cache.lookup(context);
        if (hit.isPresent()) {
            AnswerCache.CachedAnswer cached = hit.get();
            context.detail("cache", describe("results", cached.semantic(), cached.matchedQuestion()));
            return new TierOutcome.Final(cached.response());
        }
        Optional<AnswerCache.CachedSql> sqlHit = cache.lookupSql(context);
        if (sqlHit.isEmpty()) {
            return TierOutcome.declined("miss: no stored answer or SQL for this question");
        }
        AnswerCache.CachedSql stored = sqlHit.get();
        Map<String, Object> description = describe("sql", stored.semantic(), stored.matchedQuestion());
        context.detail("cache", description);
        Optional<SqlRunner.RanSql> ran = SqlRunner.run(context, stored.sql());
        if (ran.isEmpty()) {
            context.details().remove("cache");
            return TierOutcome.declined("stored SQL no longer runs: "
                    + context.lastError());
        }
        return TierOutcome.answered(new Answer(ran.get().sql(), ran.get().result(), stored.strategy(), stored.model(),
                "ran again the SQL stored for \"" + stored.matchedQuestion() + "\""));
    }

    /** details.cache: which level, exact or semantic, and for a semantic hit the question it matched. */
    private static Map<String, Object> describe(String level, boolean semantic, String matchedQuestion) {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("kind", semantic ? "semantic" : "exact");
        description.put("level", level);
        if (semantic) {
            description.put("matchedQuestion", matchedQuestion);
        }
        return description;
    }
}
