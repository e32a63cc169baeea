package io.askdb.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.askdb.config.CacheSettings;
import io.askdb.pipeline.AnswerCache;
import io.askdb.pipeline.QueryContext;
import io.askdb.pipeline.QueryResponse;
import java.util.Optional;

/**
 * Level 1 in process: complete responses keyed by database identity, access scope and normalized
 * question, kept for {@code QUERY_CACHE_TTL} and bounded by {@code CACHE_MAX_ENTRIES}.
 */
public final class LocalAnswerCache implements AnswerCache {

    private final Cache<String, QueryResponse> answers;

    public LocalAnswerCache(CacheSettings settings, Ticker ticker) {
        this.answers = Caffeine.newBuilder()
                .expireAfterWrite(settings.queryTtl())
                .maximumSize(settings.maxEntries())
                .ticker(ticker)
                .recordStats()
                .build();
    }

    @Override
    public Optional<CachedAnswer> lookup(QueryContext context) {
        return Optional.ofNullable(answers.getIfPresent(key(context)))
                .map(response -> new CachedAnswer(response, response.question(), false));
    }

    @Override
    public void store(QueryContext context, QueryResponse response) {
        if (response.success()) {
            answers.put(key(context), response);
        }
    }

    public long size() {
        return answers.estimatedSize();
    }

    public void clear() {
        answers.invalidateAll();
    }

    private static String key(QueryContext context) {
        return context.database().identity() + "\u0000" + context.request().scope() + "\u0000"
                + context.normalizedQuestion();
    }
}
