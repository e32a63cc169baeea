package io.askdb.bench.llmstub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LlmStubServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LlmStubServer stub = LlmStubServer.start(
            new AnswerBook(Map.of("How many customers are there?", "SELECT COUNT(*) FROM SalesLT.Customer")),
            ModelTable.defaults(), true);
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void close() {
        stub.close();
    }

    private HttpResponse<String> post(String tenant, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stub.baseUrl(tenant) + "/chat/completions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void should_answer_with_the_gold_sql_in_a_sql_block_and_report_usage_when_the_question_is_known() throws Exception {
        String body = "{\"model\":\"gpt-4.1\",\"messages\":[{\"role\":\"system\",\"content\":\"You write SQL.\"},"
                + "{\"role\":\"user\",\"content\":\"Schema: ...\\nQuestion: How many customers are there?\\n\"}]}";

        HttpResponse<String> response = post("askdb", body);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = JSON.readTree(response.body());
        assertThat(json.at("/choices/0/message/content").asText())
                .isEqualTo("```sql\nSELECT COUNT(*) FROM SalesLT.Customer\n```");
        assertThat(json.at("/choices/0/finish_reason").asText()).isEqualTo("stop");
        // four characters a token, rounded up, plus four a message: 14 and 52 characters in, 48 out
        assertThat(json.at("/usage/prompt_tokens").asLong()).isEqualTo((4 + 4) + (13 + 4));
        assertThat(json.at("/usage/completion_tokens").asLong()).isEqualTo(12);
        assertThat(json.at("/usage/total_tokens").asLong()).isEqualTo(37);
    }

    @Test
    void should_record_each_call_under_its_tenant_with_the_model_latency_when_the_clock_is_virtual() throws Exception {
        String body = "{\"model\":\"o4-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"How many customers are there?\"}]}";
        long start = System.nanoTime();

        post("peer", body);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2800));
        assertThat(stub.drain("askdb")).isEmpty();
        assertThat(stub.drain("peer")).singleElement().satisfies(call -> {
            assertThat(call.model()).isEqualTo("o4-mini");
            assertThat(call.latency()).isEqualTo(Duration.ofMillis(2800));
            assertThat(call.recognized()).isTrue();
        });
        assertThat(stub.drain("peer")).isEmpty();
    }

    @Test
    void should_answer_without_sql_and_mark_the_call_when_no_known_question_is_in_the_prompt() throws Exception {
        HttpResponse<String> response = post("askdb",
                "{\"model\":\"gpt-4.1\",\"messages\":[{\"role\":\"user\",\"content\":\"What is the weather?\"}]}");

        assertThat(JSON.readTree(response.body()).at("/choices/0/message/content").asText()).doesNotContain("```sql");
        assertThat(stub.drain("askdb")).singleElement().satisfies(call -> assertThat(call.recognized()).isFalse());
    }

    @Test
    void should_refuse_an_unknown_model_with_openais_not_found_error() throws Exception {
        HttpResponse<String> response = post("askdb",
                "{\"model\":\"gpt-9\",\"messages\":[{\"role\":\"user\",\"content\":\"How many customers are there?\"}]}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).at("/error/code").asText()).isEqualTo("model_not_found");
    }
}
