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
public final class LocalAnswerCache implements AnswerCache, CacheAdmin {

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

    @Override
    public CacheStats stats() {
        var s = answers.stats();
        var level = new CacheStats.LevelStats(answers.estimatedSize(), s.hitCount(), s.missCount(), s.evictionCount(), 0);
        return new CacheStats(s.hitCount(), s.missCount(), s.hitRate(), 0, java.util.Map.of("results", level));
    }

    @Override
    public void clear() {
        answers.invalidateAll();
    }

    @Override
    public int invalidatePattern(String pattern) {
        java.util.regex.Pattern glob = java.util.regex.Pattern.compile(
                "\\Q" + pattern.replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q") + "\\E");
        var keys = answers.asMap().keySet().stream()
                .filter(k -> glob.matcher(k.substring(k.lastIndexOf('\u0000') + 1)).matches())
                .toList();
        answers.invalidateAll(keys);
        return keys.size();
    }

    @Override
    public int invalidateTable(String table) {
        String wanted = table.toLowerCase(java.util.Locale.ROOT);
        var keys = answers.asMap().entrySet().stream()
                .filter(e -> e.getValue().sql() != null
                        && e.getValue().sql().toLowerCase(java.util.Locale.ROOT).contains(wanted))
                .map(java.util.Map.Entry::getKey)
                .toList();
        answers.invalidateAll(keys);
        return keys.size();
    }

    private static String key(QueryContext context) {
        return context.database().identity() + "\u0000" + context.request().scope() + "\u0000"
                + context.normalizedQuestion();
    }
}
