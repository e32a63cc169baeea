package io.askdb.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.AskDb;
import io.askdb.config.AskDbConfig;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.api.TierName;
import io.askdb.api.TierReport;
import io.askdb.testing.H2Databases;
import io.askdb.testing.OpenAiStubServer;
import io.askdb.testing.OpenAiStubServer.Reply;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Faults of the LLM provider through the whole pipeline ({@link AskDb#ask}): the real LangChain4j
 * client against a stub that fails in one way, then recovers. With the fast path off every question
 * goes to the LLM; when it fails, airplane mode must answer, marked degraded, and the orchestration's
 * entry in {@code tiers} must say in words what went wrong. When the fault ends, the LLM tier answers
 * again by itself.
 */
class LlmFaultTest {

    private static final String QUESTION = "How many customers are there?";
    private static final String GOOD_SQL = "SELECT COUNT(*) AS customers FROM customer";

    private OpenAiStubServer stub;
    private AskDb askdb;

    @BeforeEach
    void start() {
        stub = OpenAiStubServer.start();
    }

    @AfterEach
    void stop() {
        if (askdb != null) {
            askdb.close();
        }
        stub.close();
    }

    private AskDb open(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of(
                "LLM_PROVIDER", "openai", "OPENAI_BASE_URL", stub.baseUrl(), "OPENAI_API_KEY", "test-key",
                "FAST_PATH_CONFIDENCE", "1.01", "ASKDB_LLM_MAX_RETRIES", "0", "ASKDB_LLM_TIMEOUT", "1",
                "ASKDB_LLM_BREAKER_FAILURES", "50", "ASKDB_MAX_CORRECTION_ATTEMPTS", "1"));
        env.putAll(extra);
        askdb = H2Databases.askDb(AskDbConfig.fromMap(env), H2Databases.shop());
        return askdb;
    }

    private static Reply sql(String sql) {
        return Reply.chat("```sql\n" + sql + "\n```", 200, 20);
    }

    private static QueryResponse ask(AskDb askdb) {
        return askdb.ask(QueryRequest.of(QUESTION).withNoCache(true));
    }

    private static TierReport orchestration(QueryResponse r) {
        return r.tiers().stream().filter(t -> t.tier() == TierName.ORCHESTRATION).findFirst()
                .orElseThrow(() -> new AssertionError("no orchestration entry in " + r.tiers()));
    }

    /** The airplane tier answered the right rows, marked degraded, after the orchestration said why it could not. */
    private static void assertAirplaneAnswered(QueryResponse r, String... reasonWords) {
        assertThat(r.success()).as(r.toString()).isTrue();
        assertThat(r.tier()).isEqualTo(TierName.AIRPLANE);
        assertThat(r.degraded()).isTrue();
        assertThat(r.rows()).containsExactly(List.of(3L));
        assertThat(r.error()).isNull();
        TierReport llm = orchestration(r);
        assertThat(llm.outcome()).isIn("declined", "failed");
        for (String word : reasonWords) {
            assertThat(llm.reason()).containsIgnoringCase(word);
        }
    }

    private static void assertLlmAnsweredAgain(QueryResponse r) {
        assertThat(r.success()).as(r.toString()).isTrue();
        assertThat(r.tier()).isEqualTo(TierName.ORCHESTRATION);
        assertThat(r.degraded()).isFalse();
        assertThat(r.rows()).containsExactly(List.of(3L));
    }

    static Stream<Arguments> providerFaults() {
        return Stream.of(
                Arguments.of("HTTP 500", (Supplier<Reply>) () -> Reply.status(500), new String[] {"unavailable", "500"}),
                Arguments.of("HTTP 503", (Supplier<Reply>) () -> Reply.status(503), new String[] {"unavailable", "503"}),
                Arguments.of("HTTP 429", (Supplier<Reply>) () -> Reply.status(429), new String[] {"unavailable", "429"}),
                Arguments.of("a body that is not JSON", (Supplier<Reply>) Reply::garbage, new String[] {"unavailable"}),
                Arguments.of("JSON cut short", (Supplier<Reply>) Reply::partialJson, new String[] {"unavailable"}),
                Arguments.of("no choices", (Supplier<Reply>) Reply::emptyChoices, new String[] {"unavailable"}),
                Arguments.of("an empty answer", (Supplier<Reply>) () -> Reply.chat("", 10, 0), new String[] {"unavailable"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("providerFaults")
    void should_answer_in_airplane_mode_and_recover_when_the_provider_fails(String fault, Supplier<Reply> reply,
            String[] reasonWords) {
        open(Map.of());
        stub.otherwise(request -> reply.get());

        QueryResponse during = ask(askdb);

        assertAirplaneAnswered(during, reasonWords);
        assertThat(stub.requestCount()).isEqualTo(1);
        assertThat(during.llmCalls()).as("the failed call is counted").isEqualTo(1);

        stub.otherwise(request -> sql(GOOD_SQL));
        assertLlmAnsweredAgain(ask(askdb));
    }

    @Test
    void should_give_up_at_the_time_limit_and_answer_in_airplane_mode_when_the_provider_never_answers() {
        open(Map.of());
        stub.otherwise(request -> Reply.hang());

        long start = System.nanoTime();
        QueryResponse during = ask(askdb);
        Duration waited = Duration.ofNanos(System.nanoTime() - start);

        assertAirplaneAnswered(during, "unavailable", "time");
        assertThat(waited).as("bounded by ASKDB_LLM_TIMEOUT=1s, not hanging").isLessThan(Duration.ofSeconds(15));

        stub.otherwise(request -> sql(GOOD_SQL));
        assertLlmAnsweredAgain(ask(askdb));
    }

    static Stream<Arguments> wrongSql() {
        return Stream.of(
                Arguments.of("PostgreSQL TABLESAMPLE", "SELECT COUNT(*) FROM customer TABLESAMPLE SYSTEM (50)"),
                Arguments.of("PostgreSQL jsonb function", "SELECT jsonb_agg(c) FROM customer c"),
                Arguments.of("PostgreSQL set-returning function", "SELECT COUNT(*) FROM customer c, LATERAL unnest(string_to_array(c.name, 'a')) AS u(part)"),
                Arguments.of("MySQL backtick and LIMIT a,b", "SELECT `name` FROM customer LIMIT 1, 2 INTO OUTFILE '/tmp/x'"),
                Arguments.of("unknown table", "SELECT COUNT(*) FROM clients"),
                Arguments.of("unknown column", "SELECT COUNT(customer_name) FROM customer"),
                Arguments.of("PostgreSQL catalog", "SELECT usename, passwd FROM pg_catalog.pg_shadow"),
                Arguments.of("not SQL at all", "I'm sorry, I cannot help with that."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongSql")
    void should_record_each_failed_attempt_and_answer_in_airplane_mode_when_the_model_writes_sql_that_cannot_run(
            String what, String badSql) {
        open(Map.of());
        stub.otherwise(request -> sql(badSql));

        QueryResponse during = ask(askdb);

        assertAirplaneAnswered(during, "attempts failed");
        assertThat(during.llmCalls()).isEqualTo(2);
        assertThat(during.attempts()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(during.attempts().subList(0, 2)).allSatisfy(a -> assertThat(a.error()).isNotBlank());
        assertThat(during.details()).containsKey("failureAnalysis");

        stub.otherwise(request -> sql(GOOD_SQL));
        assertLlmAnsweredAgain(ask(askdb));
    }

    @Test
    void should_open_the_circuit_skip_the_provider_and_close_it_again_after_the_fault_ends() {
        open(Map.of("ASKDB_LLM_BREAKER_FAILURES", "2", "ASKDB_LLM_BREAKER_OPEN", "1"));
        stub.otherwise(request -> Reply.status(500));
        assertAirplaneAnswered(ask(askdb), "500");
        assertAirplaneAnswered(ask(askdb), "500");
        int requestsWhenOpened = stub.requestCount();

        QueryResponse whileOpen = ask(askdb);

        assertAirplaneAnswered(whileOpen, "circuit");
        assertThat(stub.requestCount()).as("no request while the circuit is open").isEqualTo(requestsWhenOpened);

        stub.otherwise(request -> sql(GOOD_SQL));
        QueryResponse recovered = awaitOrchestration(Duration.ofSeconds(10));
        assertLlmAnsweredAgain(recovered);
        assertLlmAnsweredAgain(ask(askdb));
        assertThat(stub.requestCount()).isEqualTo(requestsWhenOpened + 2);
    }

    /** Asks until the open circuit lets a trial call through (ASKDB_LLM_BREAKER_OPEN=1s), bounded. */
    private QueryResponse awaitOrchestration(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            QueryResponse r = ask(askdb);
            if (r.tier() == TierName.ORCHESTRATION || System.nanoTime() > deadline) {
                return r;
            }
            assertAirplaneAnswered(r, "circuit");
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }
}
