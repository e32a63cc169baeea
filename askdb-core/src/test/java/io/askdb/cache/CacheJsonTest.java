package io.askdb.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.cache.semantic.QuestionEmbedder;
import io.askdb.api.Attempt;
import io.askdb.api.QueryResponse;
import io.askdb.api.Strategy;
import io.askdb.api.TierName;
import io.askdb.api.TierReport;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Values kept in Redis travel as JSON and must come back as they were. */
class CacheJsonTest {

    private static QueryResponse response() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("explanation", "counted the rows of PUBLIC.ORDERS");
        details.put("fastPathConfidence", new BigDecimal("0.9"));
        details.put("routing", Map.of("model", "gpt-4.1", "complexity", 1L));
        return new QueryResponse(true, "Top 3 orders by total?", "SELECT TOP 3 id, total FROM orders ORDER BY total DESC",
                TierName.ORCHESTRATION, Strategy.ITERATIVE_REFINEMENT, "gpt-4.1", List.of("ID", "TOTAL", "PLACED", "NOTE"),
                List.of(Arrays.asList(7L, new BigDecimal("1250.5"), "2008-06-01T10:15", null),
                        Arrays.asList(3L, new BigDecimal("99.95"), "2008-06-02T00:00", "gift"),
                        Arrays.asList(new BigInteger("12345678901234567890123"), new BigDecimal("0.001"), "x", true)),
                3, true, 812.37, 2, 1500, 120, 0.0123, false, null,
                List.of(new Attempt("SELECT TOP 3 * FROM order", "Table \"ORDER\" not found"),
                        new Attempt("SELECT TOP 3 id, total FROM orders ORDER BY total DESC", null)),
                null,
                List.of(new TierReport(TierName.CACHE, "declined", "miss", 0.05),
                        new TierReport(TierName.ORCHESTRATION, "answered", null, 810.0)),
                details);
    }

    @Test
    void should_round_trip_a_query_response_through_json() {
        QueryResponse original = response();

        StoredAnswer back = CacheJson.read(CacheJson.write(new StoredAnswer(original, Set.of("orders"))),
                StoredAnswer.class);

        assertThat(back.response()).isEqualTo(original);
        assertThat(back.tables()).containsExactly("orders");
        assertThat(CacheJson.write(back.response())).isEqualTo(CacheJson.write(original));
    }

    @Test
    void should_print_a_whole_decimal_the_same_after_the_round_trip() {
        QueryResponse original = CacheFixtures.answer("total due of order 7", "SELECT total_due FROM orders WHERE id = 7",
                new BigDecimal("100"));

        QueryResponse back = CacheJson.read(CacheJson.write(original), QueryResponse.class);

        assertThat(back.rows()).containsExactly(List.of(100L));
        assertThat(CacheJson.write(back)).isEqualTo(CacheJson.write(original));
    }

    @Test
    void should_round_trip_stored_sql_and_semantic_events() {
        StoredSql sql = new StoredSql("SELECT 1 FROM dual", Strategy.DIRECT, "o4-mini", "Anything?", Set.of("dual"));
        float[] vector = QuestionEmbedder.unit(new float[] {0.25f, -1.5f, 3f});
        CacheEvent event = new CacheEvent("server-1", CacheEvent.STORED, "",
                new SemanticIndex.Entry("p:anything", "Anything?", vector, Set.of("dual")));

        assertThat(CacheJson.read(CacheJson.write(sql), StoredSql.class)).isEqualTo(sql);
        CacheEvent back = CacheJson.read(CacheJson.write(event), CacheEvent.class);
        assertThat(back.entry().vector()).containsExactly(vector);
        assertThat(back.entry().key()).isEqualTo("p:anything");
        assertThat(back.kind()).isEqualTo(CacheEvent.STORED);
    }
}
