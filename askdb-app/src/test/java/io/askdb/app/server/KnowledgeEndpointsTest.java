package io.askdb.app.server;

import static io.askdb.app.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Examples and notes users teach askdb through the API; adding them needs an admin key. */
class KnowledgeEndpointsTest {

    private static final String ADMIN = "adm-knowledge-0123456789";
    private static final String READER = "rdr-knowledge-0123456789";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(Map.of("ASKDB_API_KEYS", "ops:" + ADMIN + ":admin,analyst:" + READER));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void should_add_an_example_and_a_note_and_list_them() {
        HttpResponse<String> example = server.postJson("/api/knowledge",
                "{\"question\": \"customers per country\", \"sql\": \"SELECT country, COUNT(*) FROM customer GROUP BY country\"}",
                "X-API-Key", ADMIN);
        HttpResponse<String> note = server.postJson("/api/knowledge", "{\"note\": \"secret is never to be shown\"}",
                "X-API-Key", ADMIN);
        JsonNode listed = json(server.get("/api/knowledge", "X-API-Key", READER));

        assertThat(example.statusCode()).isEqualTo(201);
        assertThat(note.statusCode()).isEqualTo(201);
        assertThat(listed.get("examples").get(0).get("question").asText()).isEqualTo("customers per country");
        assertThat(listed.get("notes").get(0).asText()).isEqualTo("secret is never to be shown");
    }

    @Test
    void should_refuse_an_example_whose_sql_the_guard_refuses() {
        HttpResponse<String> r = server.postJson("/api/knowledge",
                "{\"question\": \"remove them\", \"sql\": \"DELETE FROM customer\"}", "X-API-Key", ADMIN);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("error").get("message").asText()).contains("refused");
    }

    @Test
    void should_forbid_teaching_to_a_key_without_admin() {
        HttpResponse<String> r = server.postJson("/api/knowledge", "{\"note\": \"x\"}", "X-API-Key", READER);

        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void should_refuse_an_unknown_database() {
        HttpResponse<String> r = server.postJson("/api/knowledge", "{\"database\": \"nope\", \"note\": \"x\"}",
                "X-API-Key", ADMIN);

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).get("error").get("code").asText()).isEqualTo("UNKNOWN_DATABASE");
    }
}
