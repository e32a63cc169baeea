package io.askdb.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.askdb.api.TierName;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.api.TierReport;
import io.askdb.AskDb;
import io.askdb.config.AskDbConfig;
import io.askdb.testing.H2Databases;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PipelineTest {

    private static AskDb askdb;

    @BeforeAll
    static void open() {
        askdb = H2Databases.askDb(H2Databases.shop());
    }

    @AfterAll
    static void close() {
        askdb.close();
    }

    @Test
    void should_answer_a_count_on_the_fast_path_with_no_llm_call() {
        QueryResponse r = askdb.ask(QueryRequest.of("How many customers are there?").withNoCache(true));

        assertThat(r.success()).isTrue();
        assertThat(r.tier()).isEqualTo(TierName.FAST_PATH);
        assertThat(r.rows()).containsExactly(java.util.List.of(3L));
        assertThat(r.llmCalls()).isZero();
        assertThat(r.degraded()).isFalse();
        assertThat(r.tiers()).extracting(TierReport::tier, TierReport::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TierName.CACHE, "declined"),
                        org.assertj.core.groups.Tuple.tuple(TierName.FAST_PATH, "answered"));
    }

    @Test
    void should_serve_the_second_identical_question_from_the_cache() {
        QueryResponse first = askdb.ask(QueryRequest.of("How many orders are there"));
        QueryResponse second = askdb.ask(QueryRequest.of("  how many ORDERS are there?  "));

        assertThat(first.tier()).isEqualTo(TierName.FAST_PATH);
        assertThat(second.tier()).isEqualTo(TierName.CACHE);
        assertThat(second.rows()).isEqualTo(first.rows());
        assertThat(second.question()).isEqualTo("  how many ORDERS are there?  ");
        assertThat(second.llmCalls()).isZero();
    }

    @Test
    void should_never_cache_a_failed_answer() {
        QueryResponse first = askdb.ask(QueryRequest.of("what is the meaning of life"));
        QueryResponse second = askdb.ask(QueryRequest.of("what is the meaning of life"));

        assertThat(first.success()).isFalse();
        assertThat(second.tier()).isNotEqualTo(TierName.CACHE);
        assertThat(second.tiers().get(0).reason()).startsWith("miss");
    }

    @Test
    void should_say_why_the_orchestration_was_skipped_without_an_llm() {
        QueryResponse r = askdb.ask(QueryRequest.of("which customers seem unhappy lately").withNoCache(true));

        assertThat(r.tiers()).anySatisfy(t -> {
            assertThat(t.tier()).isEqualTo(TierName.ORCHESTRATION);
            assertThat(t.reason()).contains("no LLM configured");
        });
    }

    @Test
    void should_fall_to_airplane_mode_marked_degraded_when_the_fast_path_is_off() {
        AskDbConfig config = AskDbConfig.fromMap(Map.of("FAST_PATH_CONFIDENCE", "1.01"));
        try (AskDb strict = H2Databases.askDb(config, H2Databases.shop())) {
            QueryResponse r = strict.ask(QueryRequest.of("How many customers are there?"));

            assertThat(r.tier()).isEqualTo(TierName.AIRPLANE);
            assertThat(r.degraded()).isTrue();
            assertThat(r.llmCalls()).isZero();
            assertThat(r.rows()).containsExactly(java.util.List.of(3L));
            assertThat(r.tiers().get(1).reason()).contains("turned off");
        }
    }

    @Test
    void should_answer_what_it_can_do_when_no_tier_understands() {
        QueryResponse r = askdb.ask(QueryRequest.of("what is the meaning of life").withNoCache(true));

        assertThat(r.success()).isFalse();
        assertThat(r.error().code()).isEqualTo("NO_ANSWER");
        assertThat(r.error().message()).startsWith("askdb could not turn this question into SQL").endsWith(".")
                .doesNotContain("[");
        assertThat(r.error().examples()).hasSizeBetween(3, 5).allSatisfy(q -> assertThat(q).doesNotStartWith("Tables:"))
                .anySatisfy(q -> assertThat(q).containsIgnoringCase("customer"));
        assertThat(r.refused()).isFalse();
        assertThat(r.tier()).isEqualTo(TierName.AIRPLANE);
        for (String example : r.error().examples()) {
            QueryResponse answer = askdb.ask(QueryRequest.of(example).withNoCache(true));
            assertThat(answer.success()).as(example).isTrue();
        }
    }

    @Test
    void should_answer_a_request_for_an_unknown_database_with_a_response_and_throw_the_same_code_from_schema() {
        QueryResponse r = askdb.ask(QueryRequest.of("how many customers are there").withDatabase("nope"));

        assertThat(r.success()).isFalse();
        assertThat(r.refused()).isTrue();
        assertThat(r.tier()).isNull();
        assertThat(r.error().code()).isEqualTo("UNKNOWN_DATABASE");
        assertThat(r.error().message()).isEqualTo("no database is named 'nope'; the configured ones are [default].");
        assertThatThrownBy(() -> askdb.schema("nope")).isInstanceOf(io.askdb.api.AskDbException.class)
                .hasMessage(r.error().message());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "drop the customer table", "DROP TABLE customer", "delete all customers", "truncate table orders",
        "insert into customer values (9, 'x', 'y')", "update customer set name = 'x'", "please wipe the database"
    })
    void should_refuse_questions_that_ask_to_change_data(String question) {
        QueryResponse r = askdb.ask(QueryRequest.of(question));

        assertThat(r.success()).isFalse();
        assertThat(r.error().code()).isEqualTo("INVALID_QUESTION");
        assertThat(r.error().message()).contains("only reads data");
        assertThat(r.sql()).isNull();
        assertThat(r.refused()).isTrue();
        assertThat(r.tier()).isNull();
        assertThat(r.tiers()).isEmpty();
        assertThat(askdb.ask(QueryRequest.of("how many customers are there")).rows())
                .containsExactly(java.util.List.of(3L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u0000\u0001", "bad \uFFFD text"})
    void should_refuse_empty_or_unreadable_questions(String question) {
        QueryResponse r = askdb.ask(QueryRequest.of(question));

        assertThat(r.success()).isFalse();
        assertThat(r.error().code()).isEqualTo("INVALID_QUESTION");
    }

    @Test
    void should_refuse_an_over_long_question() {
        QueryResponse r = askdb.ask(QueryRequest.of("how many customers ".repeat(200)));

        assertThat(r.error().code()).isEqualTo("INVALID_QUESTION");
        assertThat(r.error().message()).contains("limit is 2000");
    }

    @Test
    void should_answer_with_an_error_object_when_the_database_is_unreachable() {
        AskDbConfig config = AskDbConfig.defaults();
        config = config.withDatabase(config.database()
                .withUrl("jdbc:postgresql://127.0.0.1:1/nowhere")
                .withConnectTimeout(Duration.ofMillis(300)));
        try (AskDb down = AskDb.builder().config(config).build()) {
            QueryResponse r = down.ask(QueryRequest.of("How many customers are there?"));

            assertThat(r.success()).isFalse();
            assertThat(r.error().code()).isEqualTo("DATABASE_UNAVAILABLE");
            assertThat(r.error().message()).contains("127.0.0.1:1").contains("pool askdb-default");
            assertThat(r.rows()).isEmpty();
        }
    }

    @Test
    void should_cut_rows_at_the_bound_and_say_so() {
        AskDbConfig config = AskDbConfig.defaults();
        config = config.withDatabase(config.database().withUrl(H2Databases.shop()).withMaxRows(2));
        try (AskDb small = AskDb.builder().config(config).build()) {
            QueryResponse r = small.ask(QueryRequest.of("list customers").withNoCache(true));

            assertThat(r.success()).isTrue();
            assertThat(r.rowCount()).isEqualTo(2);
            assertThat(r.truncated()).isTrue();
        }
    }
}
