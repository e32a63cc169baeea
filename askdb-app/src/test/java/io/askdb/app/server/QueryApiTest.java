package io.askdb.app.server;

import static io.askdb.app.server.TestServer.json;
import static io.askdb.app.server.TestServer.question;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** POST /api/query and /api/query/stream over real HTTP: answers, databases by name, every bad input. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryApiTest {

    private TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.start(Map.of("ASKDB_MAX_QUESTION_LENGTH", "200"));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void should_answer_with_the_response_object_when_the_fast_path_knows_the_question() {
        HttpResponse<String> response = server.postJson("/api/query",
                "{\"question\": \"How many customers are there?\", \"noCache\": true}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = json(response);
        assertThat(body.get("success").asBoolean()).isTrue();
        assertThat(body.get("tier").asText()).isEqualTo("fast_path");
        assertThat(body.get("strategy").asText()).isEqualTo("template");
        assertThat(body.get("sql").asText()).containsIgnoringCase("COUNT(*)").containsIgnoringCase("CUSTOMER");
        assertThat(body.get("rows").get(0).get(0).asInt()).isEqualTo(3);
        assertThat(body.get("rowCount").asInt()).isEqualTo(1);
        assertThat(body.get("llmCalls").asInt()).isZero();
        assertThat(body.has("elapsedMs")).isTrue();
    }

    @Test
    void should_answer_from_the_cache_when_the_same_question_comes_again() {
        String q = question("how many products are there");
        assertThat(json(server.postJson("/api/query", q)).get("tier").asText()).isEqualTo("fast_path");

        JsonNode again = json(server.postJson("/api/query", q));

        assertThat(again.get("tier").asText()).isEqualTo("cache");
        assertThat(again.get("rows").get(0).get(0).asInt()).isEqualTo(8);
    }

    @Test
    void should_ask_the_named_database_when_the_request_chooses_one() {
        JsonNode inventory = json(server.postJson("/api/query", question("How many warehouses are there?", "inventory")));
        HttpResponse<String> onDefault = server.postJson("/api/query", question("How many warehouses are there?"));

        assertThat(inventory.get("success").asBoolean()).as(inventory.toString()).isTrue();
        assertThat(inventory.get("rows").get(0).get(0).asInt()).isEqualTo(2);
        assertThat(onDefault.statusCode()).isEqualTo(200);
        assertThat(json(onDefault).get("success").asBoolean()).isFalse();
        assertThat(json(onDefault).get("error").get("code").asText()).isEqualTo("NO_ANSWER");
    }

    @Test
    void should_refuse_a_question_that_asks_to_change_data_with_400_and_the_response_object() {
        HttpResponse<String> response = server.postJson("/api/query", question("drop the table customer"));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.get("success").asBoolean()).isFalse();
        assertThat(body.get("error").get("code").asText()).isEqualTo("INVALID_QUESTION");
        assertThat(body.get("error").get("message").asText()).contains("only reads");
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(
                Arguments.of("no question field", "application/json", "{}", 400, "INVALID_QUESTION"),
                Arguments.of("null question", "application/json", "{\"question\": null}", 400, "INVALID_QUESTION"),
                Arguments.of("empty question", "application/json", "{\"question\": \"\"}", 400, "INVALID_QUESTION"),
                Arguments.of("blank question", "application/json", "{\"question\": \"   \\t \"}", 400, "INVALID_QUESTION"),
                Arguments.of("over-long question", "application/json", question("x".repeat(201)), 400, "INVALID_QUESTION"),
                Arguments.of("malformed JSON", "application/json", "{\"question\": \"how many", 400, "MALFORMED_JSON"),
                Arguments.of("empty body", "application/json", "", 400, "MALFORMED_JSON"),
                Arguments.of("JSON array", "application/json", "[\"how many customers\"]", 400, "INVALID_REQUEST"),
                Arguments.of("question not a string", "application/json", "{\"question\": 42}", 400, "INVALID_REQUEST"),
                Arguments.of("flag not a boolean", "application/json",
                        "{\"question\": \"how many customers\", \"offline\": \"yes\"}", 400, "INVALID_REQUEST"),
                Arguments.of("unknown database", "application/json", question("how many customers", "nope"), 404, "UNKNOWN_DATABASE"),
                Arguments.of("text/plain body", "text/plain", question("how many customers"), 415, "UNSUPPORTED_MEDIA_TYPE"),
                Arguments.of("form body", "application/x-www-form-urlencoded", "question=how+many", 415, "UNSUPPORTED_MEDIA_TYPE"),
                Arguments.of("no content type", null, question("how many customers"), 415, "UNSUPPORTED_MEDIA_TYPE"),
                Arguments.of("body over 64 KiB", "application/json", question("x".repeat(70_000)), 413, "REQUEST_TOO_LARGE"));
    }

    @ParameterizedTest(name = "{0} -> {3} {4}")
    @MethodSource("badQueries")
    void should_answer_bad_input_with_a_json_error_and_no_stack_trace(String name, String contentType, String body,
            int status, String code) {
        for (String path : new String[] {"/api/query", "/api/query/stream"}) {
            HttpResponse<String> response = server.post(path, contentType, body);

            assertThat(response.statusCode()).as(path).isEqualTo(status);
            assertThat(response.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
            JsonNode error = json(response).get("error");
            assertThat(error.get("code").asText()).as(path).isEqualTo(code);
            assertThat(error.get("message").asText()).as(path).isNotBlank();
            assertThat(response.body()).as(path).doesNotContain("\tat ", "Exception", "io.javalin", "jakarta.");
        }
    }

    @Test
    void should_answer_unknown_paths_and_wrong_methods_with_json_errors() {
        HttpResponse<String> missing = server.get("/api/nothing-here");
        HttpResponse<String> wrongMethod = server.get("/api/query");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("error").get("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(json(wrongMethod).get("error").get("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void should_stream_each_step_then_the_response_when_asked_on_the_stream_endpoint() {
        HttpResponse<String> response = server.postJson("/api/query/stream",
                "{\"question\": \"How many customers are there?\", \"noCache\": true}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        var events = ServerSentEvents.parse(response.body());
        assertThat(events).extracting(ServerSentEvents.Event::name).last().isEqualTo("result");
        assertThat(events.subList(0, events.size() - 1)).extracting(ServerSentEvents.Event::name).containsOnly("step");
        assertThat(events).extracting(e -> e.data().path("message").asText())
                .contains("cache: trying", "fast_path: trying", "fast_path answered");
        JsonNode result = events.get(events.size() - 1).data();
        assertThat(result.get("success").asBoolean()).isTrue();
        assertThat(result.get("tier").asText()).isEqualTo("fast_path");
        assertThat(result.get("rows").get(0).get(0).asInt()).isEqualTo(3);
    }

    @Test
    void should_stream_steps_as_they_happen_not_all_at_the_end() throws Exception {
        var request = server.builder("/api/query/stream")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(question("How many customers are there?")))
                .build();
        HttpResponse<java.util.stream.Stream<String>> response = java.net.http.HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofLines());

        // The first line arrives as its own chunk: reading it does not need the whole body.
        try (Stream<String> lines = response.body()) {
            assertThat(lines.findFirst()).hasValue("event: step");
        }
    }
}
