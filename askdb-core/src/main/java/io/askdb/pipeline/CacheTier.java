package io.askdb.pipeline;

import java.util.Optional;

/** Tier 1: serves a stored answer for the same question on the same database and scope. */
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
        if (hit.isEmpty()) {
            return TierOutcome.declined("miss: no stored answer for this question");
        }
        AnswerCache.CachedAnswer cached = hit.get();
        context.detail("cache", cached.semantic()
                ? java.util.Map.of("kind", "semantic", "matchedQuestion", cached.matchedQuestion())
                : java.util.Map.of("kind", "exact"));
        return new TierOutcome.Final(cached.response());
    }
}
