package io.askdb.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.testing.OpenAiStubServer.Recorded;
import io.askdb.testing.OpenAiStubServer.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class OpenAiStubServerTest {

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> post(String url, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("X-Test", "yes")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
    }

    @Test
    void should_play_the_queue_first_then_the_responder_and_record_every_request() throws Exception {
        try (OpenAiStubServer stub = OpenAiStubServer.start()) {
            stub.enqueue(Reply.status(429).withHeader("Retry-After", "3"))
                    .otherwise(r -> Reply.chat("echo " + r.model(), 4, 2));

            HttpResponse<String> limited = post(stub.baseUrl() + "/chat/completions?x=1", "{\"model\":\"gpt-4.1\"}");
            HttpResponse<String> answered = post(stub.baseUrl() + "/chat/completions", "{\"model\":\"o4-mini\"}");

            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("retry-after")).hasValue("3");
            assertThat(answered.statusCode()).isEqualTo(200);
            assertThat(answered.body()).contains("\"content\":\"echo o4-mini\"")
                    .contains("\"prompt_tokens\":4,\"completion_tokens\":2,\"total_tokens\":6");
            Recorded first = stub.requests().get(0);
            assertThat(first.path()).isEqualTo("/v1/chat/completions");
            assertThat(first.query()).isEqualTo("x=1");
            assertThat(first.header("X-TEST")).isEqualTo("yes");
            assertThat(first.json().path("model").asText()).isEqualTo("gpt-4.1");
            assertThat(stub.requestCount()).isEqualTo(2);
        }
    }

    @Test
    void should_answer_ollama_requests_in_ollamas_format() throws Exception {
        try (OpenAiStubServer stub = OpenAiStubServer.start()) {
            stub.enqueue(Reply.chat("hi", 7, 3));

            HttpResponse<String> response = post(stub.origin() + "/api/chat", "{\"model\":\"llama3\"}");

            assertThat(response.body()).contains("\"message\":{\"role\":\"assistant\",\"content\":\"hi\"}")
                    .contains("\"prompt_eval_count\":7,\"eval_count\":3");
        }
    }

    @Test
    void should_release_a_hanging_reply_when_closed() throws Exception {
        OpenAiStubServer stub = OpenAiStubServer.start();
        stub.enqueue(Reply.hang());
        CompletableFuture<HttpResponse<String>> pending = client.sendAsync(
                HttpRequest.newBuilder(URI.create(stub.baseUrl() + "/chat/completions"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), BodyHandlers.ofString());
        stub.awaitRequest(1, Duration.ofSeconds(5));

        stub.close();

        assertThat(pending).failsWithin(Duration.ofSeconds(5));
    }

    @Test
    void should_send_openais_error_body_with_a_null_code_when_none_is_given() throws Exception {
        try (OpenAiStubServer stub = OpenAiStubServer.start()) {
            stub.enqueue(Reply.error(404, "no such model", "invalid_request_error", "model_not_found"),
                    Reply.error(400, "not JSON", "invalid_request_error", null));

            HttpResponse<String> missing = post(stub.baseUrl() + "/chat/completions", "{}");
            HttpResponse<String> bad = post(stub.baseUrl() + "/chat/completions", "{");

            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).isEqualTo("{\"error\":{\"message\":\"no such model\","
                    + "\"type\":\"invalid_request_error\",\"code\":\"model_not_found\"}}");
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).endsWith("\"code\":null}}");
        }
    }

    @Test
    void should_answer_without_keeping_requests_when_recording_is_off() throws Exception {
        try (OpenAiStubServer stub = OpenAiStubServer.start().recordRequests(false)) {
            stub.otherwise(r -> Reply.chat(r.path(), 1, 1));

            HttpResponse<String> response = post(stub.origin() + "/tenant/v1/chat/completions", "{\"model\":\"m\"}");

            assertThat(response.body()).contains("\"content\":\"/tenant/v1/chat/completions\"");
            assertThat(stub.requestCount()).isZero();
        }
    }

    @Test
    void should_send_a_delayed_reply_after_its_delay() throws Exception {
        try (OpenAiStubServer stub = OpenAiStubServer.start()) {
            stub.enqueue(Reply.chat("late", 1, 1).after(Duration.ofMillis(200)));
            long start = System.nanoTime();

            HttpResponse<String> response = post(stub.baseUrl() + "/chat/completions", "{}");

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
            assertThat(response.body()).contains("\"content\":\"late\"");
        }
    }
}
