package io.askdb.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.askdb.AskDb;
import io.askdb.cache.CacheStats;
import io.askdb.config.AskDbConfig;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.api.TierName;
import io.askdb.testing.H2Databases;
import io.askdb.testing.OpenAiStubServer;
import io.askdb.testing.OpenAiStubServer.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 64 threads asking a mix of questions through one AskDb with its caches and a stub LLM: fast-path
 * questions (and their cache hits), questions the stub answers with correct SQL, airplane-mode
 * requests, a question the model answers with a DELETE, questions the screen refuses, and empty
 * ones. The expected outcome of every kind is first taken from a separate AskDb, one at a time.
 * Then: nothing hangs (bounded wait), every request gets its own response (its question, its rows),
 * and the counters add up (cache hits + misses = lookups; LLM requests = the responses' llmCalls).
 */
class ConcurrencyTest {

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrencyTest.class);
    private static final int THREADS = 64;
    private static final int REQUESTS_PER_THREAD = 12;
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    /** Question → the SQL the stub returns for it. */
    private static final Map<String, String> LLM_SQL = Map.of(
            "list customers with their total order value",
            "SELECT c.name, SUM(o.total) AS total FROM customer c JOIN orders o ON o.customer_id = c.id GROUP BY c.name",
            "which customer placed the most expensive order",
            "SELECT TOP 1 c.name FROM customer c JOIN orders o ON o.customer_id = c.id ORDER BY o.total DESC",
            "average order total per country",
            "SELECT c.country, AVG(o.total) AS avg_total FROM customer c JOIN orders o ON o.customer_id = c.id "
                    + "GROUP BY c.country",
            "show the secret codes of the customers",
            "DELETE FROM customer");

    /** Every kind of request in the mix. */
    private static final List<QueryRequest> MIX = List.of(
            QueryRequest.of("How many customers are there?"),
            QueryRequest.of("How many orders are there?"),
            QueryRequest.of("list customers with their total order value"),
            QueryRequest.of("which customer placed the most expensive order"),
            QueryRequest.of("average order total per country"),
            QueryRequest.of("show the secret codes of the customers"),
            QueryRequest.of("How many customers are there?").withScope("guest"),
            QueryRequest.of("list customers with their total order value").withOffline(true).withNoCache(true),
            QueryRequest.of("drop the customer table"),
            QueryRequest.of("'; DELETE FROM orders; --"),
            QueryRequest.of(""),
            QueryRequest.of("how many customers are there in France"));

    private OpenAiStubServer stub;
    private final List<AskDb> opened = new ArrayList<>();

    @BeforeEach
    void start() {
        stub = OpenAiStubServer.start();
        stub.otherwise(request -> {
            for (Map.Entry<String, String> e : LLM_SQL.entrySet()) {
                if (userText(request.json()).contains("Question: " + e.getKey() + "\n")) {
                    return Reply.chat("```sql\n" + e.getValue() + "\n```", 300, 25);
                }
            }
            return Reply.chat("CLARIFY: which data do you mean?", 300, 8);
        });
    }

    @AfterEach
    void stop() {
        opened.forEach(AskDb::close);
        stub.close();
    }

    private AskDb open(String url) {
        AskDb askdb = H2Databases.askDb(AskDbConfig.fromMap(Map.of(
                "LLM_PROVIDER", "openai", "OPENAI_BASE_URL", stub.baseUrl(), "OPENAI_API_KEY", "test-key",
                "ASKDB_LLM_MAX_RETRIES", "0", "ASKDB_LLM_BREAKER_FAILURES", "1000", "ASKDB_MAX_CORRECTION_ATTEMPTS", "1",
                "ASKDB_POOL_SIZE", "4")), url);
        opened.add(askdb);
        return askdb;
    }

    private static String userText(JsonNode body) {
        StringBuilder text = new StringBuilder();
        body.path("messages").forEach(m -> text.append(m.path("content").asText()).append('\n'));
        return text.toString();
    }

    @Test
    void should_answer_every_request_with_its_own_response_and_counters_that_add_up_when_64_threads_ask_at_once()
            throws Exception {
        Map<QueryRequest, Expected> expected = expectations();
        AskDb askdb = open(H2Databases.shop());
        int llmRequestsBefore = stub.requestCount();

        List<QueryRequest> plan = new ArrayList<>();
        Random random = new Random(9);
        for (int i = 0; i < THREADS * REQUESTS_PER_THREAD; i++) {
            plan.add(MIX.get(random.nextInt(MIX.size())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<QueryResponse>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            List<QueryRequest> mine = plan.subList(t * REQUESTS_PER_THREAD, (t + 1) * REQUESTS_PER_THREAD);
            futures.add(pool.submit((Callable<List<QueryResponse>>) () -> {
                go.await();
                List<QueryResponse> answers = new ArrayList<>();
                for (QueryRequest request : mine) {
                    answers.add(askdb.ask(request));
                }
                return answers;
            }));
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                .as("all threads finished in time (no deadlock)").isTrue();

        int served = 0;
        int llmCalls = 0;
        int lookups = 0;
        Map<TierName, Integer> tiers = new EnumMap<>(TierName.class);
        for (int t = 0; t < THREADS; t++) {
            List<QueryResponse> answers = futures.get(t).get();
            List<QueryRequest> mine = plan.subList(t * REQUESTS_PER_THREAD, (t + 1) * REQUESTS_PER_THREAD);
            assertThat(answers).hasSameSizeAs(mine);
            for (int i = 0; i < mine.size(); i++) {
                QueryRequest request = mine.get(i);
                QueryResponse r = answers.get(i);
                Expected want = expected.get(request);
                String where = "thread " + t + " request " + i + " " + request + " -> " + r;
                assertThat(r.question()).as(where).isEqualTo(request.question());
                assertThat(r.success()).as(where).isEqualTo(want.success());
                assertThat(r.error() == null ? null : r.error().code()).as(where).isEqualTo(want.errorCode());
                assertThat(r.columns()).as(where).isEqualTo(want.columns());
                assertThat(r.rows()).as(where).containsExactlyInAnyOrderElementsOf(want.rows());
                served++;
                llmCalls += r.llmCalls();
                lookups += want.reachesCache() && !request.noCache() ? 1 : 0;
                if (r.tier() != null) { // a refusal has no tier
                    tiers.merge(r.tier(), 1, Integer::sum);
                }
            }
        }

        CacheStats stats = askdb.cache().stats();
        assertThat(served).isEqualTo(THREADS * REQUESTS_PER_THREAD);
        assertThat(stats.hits() + stats.misses()).as("every cache lookup counted once").isEqualTo(lookups);
        assertThat(stats.hits()).as("repeated questions were served from the cache").isPositive();
        assertThat(stub.requestCount() - llmRequestsBefore).as("LLM requests = the responses' llmCalls")
                .isEqualTo(llmCalls);
        assertThat(tiers.keySet()).contains(TierName.CACHE, TierName.FAST_PATH, TierName.AIRPLANE);
        LOG.info("concurrency: {} requests on {} threads, all answered and matched; tiers {}; cache {} hits + {} misses "
                        + "= {} lookups; {} LLM requests = {} llmCalls", served, THREADS, tiers, stats.hits(),
                stats.misses(), lookups, stub.requestCount() - llmRequestsBefore, llmCalls);
    }

    /** Each kind of request asked once, alone, on a fresh AskDb over its own copy of the data. */
    private Map<QueryRequest, Expected> expectations() {
        AskDb reference = open(H2Databases.shop());
        Map<QueryRequest, Expected> expected = new LinkedHashMap<>();
        for (QueryRequest request : MIX) {
            QueryResponse r = reference.ask(request.withNoCache(true));
            boolean screened = r.tiers().isEmpty();
            expected.put(request, new Expected(r.success(), r.error() == null ? null : r.error().code(), r.columns(),
                    r.rows(), !screened));
        }
        assertThat(expected.values()).filteredOn(Expected::success).hasSizeGreaterThanOrEqualTo(6);
        assertThat(expected.values()).filteredOn(e -> !e.success()).hasSizeGreaterThanOrEqualTo(3);
        return expected;
    }

    private record Expected(boolean success, String errorCode, List<String> columns, List<List<Object>> rows,
            boolean reachesCache) {}
}
