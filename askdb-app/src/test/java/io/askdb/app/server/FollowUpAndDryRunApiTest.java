package io.askdb.app.server;

import static io.askdb.app.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.askdb.AskDb;
import io.askdb.app.Json;
import io.askdb.config.AskDbConfig;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Conversations and dry runs over real HTTP, on the embedded SalesLT sample, offline. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpAndDryRunApiTest {

    private TestServer server;

    @BeforeAll
    void start() {
        AskDb askdb = AskDb.builder().config(AskDbConfig.fromMap(Map.of())).build();
        server = TestServer.serving(askdb, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private JsonNode ask(String question, String conversationId) {
        Map<String, Object> body = new HashMap<>(Map.of("question", question));
        if (conversationId != null) {
            body.put("conversationId", conversationId);
        }
        return json(server.postJson("/api/query", Json.compact(body)));
    }

    @Test
    void should_answer_three_turns_of_a_conversation_each_against_the_one_before() {
        JsonNode first = ask("list the products", "talk-1");
        JsonNode second = ask("only the red ones", "talk-1");
        JsonNode third = ask("show the top 3 of those", "talk-1");

        assertThat(first.get("rowCount").asInt()).isEqualTo(295);
        assertThat(first.get("conversationId").asText()).isEqualTo("talk-1");
        assertThat(second.get("question").asText()).isEqualTo("only the red ones");
        assertThat(second.get("resolvedQuestion").asText()).isEqualTo("list the red products?");
        assertThat(second.get("sql").asText()).contains("'Red'");
        assertThat(second.get("rowCount").asInt()).isEqualTo(30);
        assertThat(second.get("rows")).allSatisfy(row -> assertThat(row.get(0).asText()).contains("Red"));
        assertThat(third.get("resolvedQuestion").asText()).isEqualTo("list the top 3 red products?");
        assertThat(third.get("rowCount").asInt()).isEqualTo(3);
        assertThat(third.get("rows")).allSatisfy(row -> assertThat(row.get(0).asText()).contains("Red"));
        assertThat(third.get("details").get("conversation").get("turn").asInt()).isEqualTo(3);
    }

    @Test
    void should_not_lend_a_conversations_context_to_the_same_follow_up_in_another() {
        ask("how many customers are there?", "talk-2");
        JsonNode same = ask("what about products?", "talk-2");
        JsonNode other = ask("what about products?", "talk-3");

        assertThat(same.get("resolvedQuestion").asText()).isEqualTo("how many products are there?");
        assertThat(same.get("rows").get(0).get(0).asInt()).isEqualTo(295);
        assertThat(other.get("resolvedQuestion").asText()).isEqualTo("what about products?");
        assertThat(other.get("details").get("conversation").get("readBy").asText()).isEqualTo("standalone");
    }

    @Test
    void should_refuse_a_malformed_conversation_id_with_a_400() {
        var response = server.postJson("/api/query", "{\"question\": \"how many products\", \"conversationId\": \"a b\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("error").get("code").asText()).isEqualTo("INVALID_CONVERSATION");
    }

    @Test
    void should_answer_a_dry_run_with_the_sql_and_plan_and_no_rows() {
        JsonNode r = json(server.postJson("/api/query",
                "{\"question\": \"How many customers are there?\", \"dryRun\": true}"));

        assertThat(r.get("dryRun").asBoolean()).isTrue();
        assertThat(r.get("sql").asText()).containsIgnoringCase("SalesLT.Customer");
        assertThat(r.get("rows").isNull()).isTrue();
        assertThat(r.get("plan").get("tables").get(0).asText()).isEqualTo("SalesLT.Customer");
        assertThat(r.get("plan").get("lines").size()).isPositive();
    }
}
