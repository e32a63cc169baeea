package io.askdb.cache;

import io.askdb.text.QuestionNormalizer;
import io.askdb.cache.semantic.EmbeddingSource;
import io.askdb.cache.semantic.QuestionEmbedder;
import io.askdb.cache.semantic.SchemaTerms;
import io.askdb.cache.semantic.ShopSchema;
import io.askdb.config.CacheSettings;
import io.askdb.api.QueryResponse;
import io.askdb.api.Strategy;
import io.askdb.api.TierName;
import io.askdb.schema.SchemaCatalog;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Shared pieces of the cache tests: settings, a small shop schema, responses and queries. */
final class CacheFixtures {

    static final String PARTITION_A = CacheKeys.partition("jdbc:h2:mem:shop|", List.of(), "analyst");
    static final String PARTITION_B = CacheKeys.partition("jdbc:h2:mem:shop|", List.of(), "guest");

    static final SchemaCatalog SHOP = ShopSchema.CATALOG;

    static final SchemaTerms SHOP_TERMS = ShopSchema.TERMS;

    private static final QuestionNormalizer NORMALIZER = new QuestionNormalizer();

    private CacheFixtures() {}

    static CacheSettings settings(long queryTtl, long sqlTtl, long analysisTtl, int maxEntries, double threshold) {
        return new CacheSettings(Duration.ofSeconds(queryTtl), Duration.ofSeconds(sqlTtl),
                Duration.ofSeconds(analysisTtl), Duration.ofSeconds(1800), maxEntries, Duration.ofSeconds(300),
                Optional.empty(), threshold);
    }

    static CacheQuery query(String partition, String question) {
        return new CacheQuery(partition, question, NORMALIZER.normalize(question),
                EmbeddingSource.memo(question, QuestionEmbedder::embed), () -> SHOP_TERMS);
    }

    static QueryResponse answer(String question, String sql, Object... values) {
        List<List<Object>> rows = Arrays.stream(values).map(v -> List.<Object>of(v)).toList();
        return new QueryResponse(true, question, sql, TierName.FAST_PATH, Strategy.TEMPLATE, null, List.of("VALUE"),
                rows, rows.size(), false, 2.5, 0, 0, 0, 0.0, false, null, List.of(), null, List.of(), Map.of());
    }
}
