package io.askdb.app.server;

import static io.askdb.app.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With no API keys, knowledge (examples and notes that steer the LLM for every caller) is refused
 * over HTTP unless the operator turns open writes on; reading it stays open.
 */
class KnowledgeWritesOpenApiTest {

    @Test
    void should_refuse_a_knowledge_write_without_an_admin_key_when_no_keys_are_configured() {
        try (TestServer server = TestServer.start(Map.of())) {
            HttpResponse<String> note = server.postJson("/api/knowledge", "{\"note\": \"revenue means SubTotal\"}");
            HttpResponse<String> example = server.postJson("/api/knowledge",
                    "{\"question\": \"all customers\", \"sql\": \"SELECT * FROM customer\"}");
            HttpResponse<String> listed = server.get("/api/knowledge");

            assertThat(note.statusCode()).isEqualTo(403);
            assertThat(example.statusCode()).isEqualTo(403);
            assertThat(json(note).get("error").get("code").asText()).isEqualTo("FORBIDDEN");
            assertThat(json(note).get("error").get("message").asText())
                    .contains("needs an admin key").contains("ASKDB_OPEN_KNOWLEDGE_WRITES=true");
            assertThat(listed.statusCode()).isEqualTo(200);
            assertThat(json(listed).get("notes")).isEmpty();
            assertThat(server.askdb.knowledge().notes("default")).isEmpty();
        }
    }

    @Test
    void should_accept_open_knowledge_writes_only_when_the_operator_turned_them_on() {
        try (TestServer server = TestServer.start(Map.of("ASKDB_OPEN_KNOWLEDGE_WRITES", "true"))) {
            HttpResponse<String> note = server.postJson("/api/knowledge", "{\"note\": \"revenue means SubTotal\"}");

            assertThat(note.statusCode()).isEqualTo(201);
            assertThat(server.askdb.knowledge().notes("default")).containsExactly("revenue means SubTotal");
        }
    }
}
