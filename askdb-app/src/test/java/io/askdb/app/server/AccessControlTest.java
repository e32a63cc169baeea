package io.askdb.app.server;

import static io.askdb.app.server.TestServer.json;
import static io.askdb.app.server.TestServer.question;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** API keys from ASKDB_API_KEYS: who may ask, who may administer the cache, what stays open. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlTest {

    private static final String ADMIN_KEY = "adm-7f3c9e21b4d84a0e";
    private static final String READER_KEY = "rdr-51aa09c6e2f34b7d";
    private static final String BARE_KEY = "bare-0c4e8d2a9b1f";

    private TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.start(Map.of(
                "ASKDB_API_KEYS", "ops:" + ADMIN_KEY + ":admin, analyst:" + READER_KEY + ", " + BARE_KEY,
                "ASKDB_RATE_LIMIT", "0"));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0} {1} without a key -> 401")
    @CsvSource({"GET, /api/databases", "GET, /api/schema", "GET, /api/cache/stats", "POST, /api/query",
        "POST, /api/query/stream", "POST, /api/cache/clear", "POST, /api/cache/invalidate"})
    void should_refuse_every_api_call_without_a_key(String method, String path) {
        HttpResponse<String> response = method.equals("GET") ? server.get(path) : server.postJson(path, question("how many customers"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("error").get("code").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"askdb\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Authorization | Bearer wrong-key",
        "Authorization | Bearer " + READER_KEY + "x",
        "Authorization | Basic " + READER_KEY,
        "X-API-Key     | " + ADMIN_KEY + " extra",
        "X-API-Key     | rdr"
    })
    void should_refuse_a_key_that_is_not_configured(String header, String value) {
        HttpResponse<String> response = server.postJson("/api/query", question("how many customers"), header, value);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("error").get("code").asText()).isEqualTo("UNAUTHORIZED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Authorization | Bearer " + READER_KEY,
        "Authorization | bearer " + ADMIN_KEY,
        "X-API-Key     | " + READER_KEY,
        "X-API-Key     | " + BARE_KEY
    })
    void should_answer_when_the_key_is_valid(String header, String value) {
        HttpResponse<String> response = server.postJson("/api/query", question("How many customers are there?"), header, value);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("rows").get(0).get(0).asInt()).isEqualTo(3);
    }

    @Test
    void should_forbid_cache_administration_to_a_key_without_admin() {
        HttpResponse<String> clear = server.post("/api/cache/clear", null, "", "X-API-Key", READER_KEY);
        HttpResponse<String> invalidate = server.postJson("/api/cache/invalidate", "{\"table\": \"customer\"}",
                "X-API-Key", READER_KEY);
        HttpResponse<String> stats = server.get("/api/cache/stats", "X-API-Key", READER_KEY);

        assertThat(clear.statusCode()).isEqualTo(403);
        assertThat(json(clear).get("error").get("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(invalidate.statusCode()).isEqualTo(403);
        assertThat(stats.statusCode()).isEqualTo(200);
    }

    @Test
    void should_allow_cache_administration_to_an_admin_key() {
        HttpResponse<String> clear = server.post("/api/cache/clear", null, "", "Authorization", "Bearer " + ADMIN_KEY);
        HttpResponse<String> invalidate = server.postJson("/api/cache/invalidate", "{\"table\": \"customer\"}",
                "Authorization", "Bearer " + ADMIN_KEY);

        assertThat(clear.statusCode()).isEqualTo(200);
        assertThat(invalidate.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource({"/health", "/metrics", "/openapi.json", "/"})
    void should_leave_health_metrics_and_the_page_open(String path) {
        assertThat(server.get(path).statusCode()).isEqualTo(200);
    }

    @Test
    void should_keep_answers_apart_per_key_when_caching() {
        String q = question("how many categories are there");
        server.postJson("/api/query", q, "X-API-Key", READER_KEY);

        String analystAgain = json(server.postJson("/api/query", q, "X-API-Key", READER_KEY)).get("tier").asText();
        String opsFirst = json(server.postJson("/api/query", q, "X-API-Key", ADMIN_KEY)).get("tier").asText();

        assertThat(analystAgain).isEqualTo("cache");
        assertThat(opsFirst).isEqualTo("fast_path");
    }

    @Test
    void should_log_key_names_but_never_keys() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            server.postJson("/api/query", question("how many products are there"), "X-API-Key", READER_KEY);
            server.postJson("/api/query", question("how many products are there"), "X-API-Key", READER_KEY + "-typo");
            server.post("/api/cache/clear", null, "", "X-API-Key", READER_KEY);
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);

        assertThat(log).contains("caller=analyst", "unknown API key", "not an admin key");
        assertThat(log).doesNotContain(READER_KEY, ADMIN_KEY, BARE_KEY);
    }
}
