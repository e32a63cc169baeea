package io.askdb.cache;

import io.askdb.config.CacheSettings;
import io.askdb.api.QueryResponse;
import io.askdb.api.Strategy;
import io.askdb.api.TierName;
import io.askdb.schema.ColumnInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableId;
import io.askdb.schema.TableInfo;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Shared pieces of the cache tests: settings, a small shop schema, responses and queries. */
final class CacheFixtures {

    static final String PARTITION_A = CacheKeys.partition("jdbc:h2:mem:shop|", List.of(), "analyst");
    static final String PARTITION_B = CacheKeys.partition("jdbc:h2:mem:shop|", List.of(), "guest");

    static final SchemaCatalog SHOP = new SchemaCatalog("H2", List.of(
            table("CUSTOMERS", "ID", "NAME", "EMAIL", "COUNTRY", "CITY"),
            table("ORDERS", "ID", "CUSTOMER_ID", "STATUS", "ORDER_DATE", "TOTAL_DUE"),
            table("PRODUCTS", "ID", "NAME", "CATEGORY", "PRICE", "COLOR")), Instant.EPOCH);

    static final SchemaTerms SHOP_TERMS = SchemaTerms.of(SHOP);

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

    private static TableInfo table(String name, String... columns) {
        return new TableInfo(new TableId("PUBLIC", name), false, Arrays.stream(columns)
                .map(c -> new ColumnInfo(c, "VARCHAR", Types.VARCHAR, 100, true, c.equals("ID"), ""))
                .toList(), List.of(), "");
    }
}
