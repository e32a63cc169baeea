package io.askdb.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.AskDb;
import io.askdb.config.AskDbConfig;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.api.TierName;
import io.askdb.testing.H2Databases;
import io.askdb.testing.OpenAiStubServer;
import io.askdb.testing.OpenAiStubServer.Reply;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cache safety for LLM-written answers, end to end (AskDbCacheTest covers the fast path): a scope
 * never gets another scope's answer, not even through a semantically equal question; an answer from
 * a degraded tier after an LLM failure is never stored; invalidating any table a join reads removes
 * the answer, so the next ask goes to the model again.
 */
class CacheSafetyTest {

    private static final String QUESTION = "list customers with their total order value";
    private static final String TOTALS = "SELECT c.name, SUM(o.total) AS total FROM customer c "
            + "JOIN orders o ON o.customer_id = c.id GROUP BY c.name";

    private OpenAiStubServer stub;
    private AskDb askdb;

    @BeforeEach
    void start() {
        stub = OpenAiStubServer.start();
        stub.otherwise(request -> Reply.chat("```sql\n" + TOTALS + "\n```", 300, 20));
        askdb = H2Databases.askDb(AskDbConfig.fromMap(Map.of(
                "LLM_PROVIDER", "openai", "OPENAI_BASE_URL", stub.baseUrl(), "OPENAI_API_KEY", "test-key",
                "ASKDB_LLM_MAX_RETRIES", "0", "ASKDB_LLM_BREAKER_FAILURES", "1000")), H2Databases.shop());
    }

    @AfterEach
    void stop() {
        askdb.close();
        stub.close();
    }

    private QueryResponse ask(String question, String scope) {
        return askdb.ask(QueryRequest.of(question).withScope(scope));
    }

    @Test
    void should_never_serve_an_llm_answer_to_another_scope_exactly_or_semantically() {
        QueryResponse analyst = ask(QUESTION, "analyst");
        awaitSemanticEntries(1);

        QueryResponse guestSame = ask(QUESTION, "guest");
        QueryResponse guestParaphrase = ask("show each customer with the total value of their orders", "guest-2");
        QueryResponse analystAgain = ask(QUESTION, "analyst");

        assertThat(analyst.tier()).isEqualTo(TierName.ORCHESTRATION);
        assertThat(guestSame.tier()).isEqualTo(TierName.ORCHESTRATION);
        assertThat(guestParaphrase.tier()).isNotEqualTo(TierName.CACHE);
        assertThat(analystAgain.tier()).isEqualTo(TierName.CACHE);
        assertThat(askdb.cache().stats().semanticHits()).isZero();
    }

    @Test
    void should_not_store_the_degraded_answer_given_while_the_llm_failed() {
        stub.otherwise(request -> Reply.status(503));
        QueryResponse during = ask(QUESTION, "");
        assertThat(during.tier()).isEqualTo(TierName.AIRPLANE);
        assertThat(during.degraded()).isTrue();

        stub.otherwise(request -> Reply.chat("```sql\n" + TOTALS + "\n```", 300, 20));
        QueryResponse after = ask(QUESTION, "");

        assertThat(after.tier()).as("the airplane answer was not stored").isEqualTo(TierName.ORCHESTRATION);
        assertThat(after.rows()).hasSize(3);
        assertThat(askdb.cache().stats().levels().get("results").entries()).isEqualTo(1);
    }

    @Test
    void should_remove_a_join_answer_when_either_table_it_reads_is_invalidated() {
        for (String table : new String[] {"orders", "CUSTOMER"}) {
            assertThat(ask(QUESTION, "").tier()).isIn(TierName.ORCHESTRATION, TierName.CACHE);
            assertThat(ask(QUESTION, "").tier()).isEqualTo(TierName.CACHE);
            int requests = stub.requestCount();

            int removed = askdb.cache().invalidateTable(table);

            assertThat(removed).as(table).isEqualTo(2);
            QueryResponse fresh = ask(QUESTION, "");
            assertThat(fresh.tier()).as("after invalidating " + table).isEqualTo(TierName.ORCHESTRATION);
            assertThat(stub.requestCount()).isEqualTo(requests + 1);
        }
    }

    private void awaitSemanticEntries(long count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (askdb.cache().stats().levels().get("semantic").entries() < count) {
            assertThat(System.nanoTime()).as("semantic index filled in time").isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }
}
