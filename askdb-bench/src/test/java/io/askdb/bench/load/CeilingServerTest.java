package io.askdb.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class CeilingServerTest {

    @Test
    void should_parse_the_question_and_answer_with_the_fixed_size() throws Exception {
        try (CeilingServer server = CeilingServer.start("127.0.0.1", 0, 734)) {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<byte[]> ok = client.send(post(server, "{\"question\": \"How many customers are there?\"}"),
                    HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> bad = client.send(post(server, "{\"noQuestion\": 1}"),
                    HttpResponse.BodyHandlers.ofByteArray());

            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).hasSize(734);
            assertThat(new String(ok.body(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("{\"success\":true");
            assertThat(bad.statusCode()).isEqualTo(400);
        }
    }

    private static HttpRequest post(CeilingServer server, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/query"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
