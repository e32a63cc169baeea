package io.askdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.api.TierName;
import io.askdb.config.AskDbConfig;
import io.askdb.testing.H2Databases;
import io.askdb.testing.OpenAiStubServer;
import io.askdb.testing.OpenAiStubServer.Reply;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every {@code askdb.*} meter name keeps one set of tag keys, whichever part of askdb registers it:
 * a Prometheus registry refuses a second set and drops its samples. Representative traffic goes
 * through one {@link AskDb}: a fast-path answer, a cache hit, answers from the LLM stub, an LLM
 * failure and a question that fails.
 */
class AskDbMetersTagsTest {

    private static final String JOIN = "list customers with their total order value";
    private static final String TOTALS = "SELECT c.name, SUM(o.total) AS total FROM customer c "
            + "JOIN orders o ON o.customer_id = c.id GROUP BY c.name";

    private final OpenAiStubServer stub = OpenAiStubServer.start();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private AskDb askdb;

    @AfterEach
    void stop() {
        if (askdb != null) {
            askdb.close();
        }
        stub.close();
    }

    @Test
    void should_register_each_meter_name_with_one_set_of_tag_keys_under_representative_traffic() {
        askdb = open();
        stub.enqueue(Reply.chat("```sql\n" + TOTALS + "\n```", 400, 30));

        QueryResponse fastPath = askdb.ask(QueryRequest.of("how many customers are there"));
        QueryResponse cacheHit = askdb.ask(QueryRequest.of("how many customers are there"));
        QueryResponse llm = askdb.ask(QueryRequest.of(JOIN));
        stub.otherwise(request -> Reply.status(500));
        QueryResponse llmDown = askdb.ask(QueryRequest.of(JOIN).withNoCache(true));
        QueryResponse failed = askdb.ask(QueryRequest.of("xyzzy plugh frobnicate"));

        assertThat(fastPath.tier()).isEqualTo(TierName.FAST_PATH);
        assertThat(cacheHit.tier()).isEqualTo(TierName.CACHE);
        assertThat(llm.tier()).isEqualTo(TierName.ORCHESTRATION);
        assertThat(llmDown.degraded()).isTrue();
        assertThat(failed.success()).isFalse();

        Map<String, Set<Set<String>>> tagKeysByName = registry.getMeters().stream()
                .map(Meter::getId)
                .filter(id -> id.getName().startsWith("askdb."))
                .collect(Collectors.groupingBy(Meter.Id::getName, TreeMap::new,
                        Collectors.mapping(id -> id.getTags().stream().map(Tag::getKey).collect(Collectors.toSet()),
                                Collectors.toSet())));
        assertThat(tagKeysByName).allSatisfy((name, tagSets) -> assertThat(tagSets).as(name).hasSize(1));
        assertThat(tagKeysByName).containsKeys("askdb.query.duration", "askdb.tier.outcomes", "askdb.errors",
                "askdb.fast_path.answer.ratio", "askdb.llm.calls", "askdb.llm.tokens", "askdb.llm.cost",
                "askdb.llm.latency", "askdb.llm.circuit.state", "askdb.cache.requests", "askdb.cache.hits",
                "askdb.cache.entries", "askdb.cache.hit.ratio", "askdb.pool.connections");
        assertThat(registry.get("askdb.llm.calls").tags("model", "gpt-4.1", "outcome", "success").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("askdb.llm.calls").tags("model", "gpt-4.1", "outcome", "server_error").counter()
                .count()).isPositive();
        assertThat(registry.get("askdb.cache.requests").tag("result", "hit").functionCounter().count()).isEqualTo(1);
        assertThat(registry.get("askdb.query.duration").tag("tier", "fast_path").timer().count()).isEqualTo(1);
        assertThat(registry.get("askdb.errors").tag("code", failed.error().code()).counter().count()).isEqualTo(1);
    }

    private AskDb open() {
        Map<String, String> env = new HashMap<>(Map.of(
                "LLM_PROVIDER", "openai", "OPENAI_BASE_URL", stub.baseUrl(), "OPENAI_API_KEY", "test-key",
                "ASKDB_LLM_MAX_RETRIES", "0", "ASKDB_LLM_BREAKER_FAILURES", "50"));
        AskDbConfig config = AskDbConfig.fromMap(env);
        return AskDb.builder()
                .config(config.withDatabase(config.database().withUrl(H2Databases.shop())))
                .meterRegistry(registry)
                .build();
    }
}
