package io.askdb.app.server;

import static io.askdb.app.server.TestServer.json;
import static io.askdb.app.server.TestServer.question;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Everything but the question itself: databases, schema, cache administration, health, metrics, OpenAPI, the page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceEndpointsTest {

    private TestServer server;

    @BeforeAll
    void start() {
        server = TestServer.start(Map.of());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @BeforeEach
    void emptyCache() {
        server.askdb.cache().clear();
    }

    @Test
    void should_list_the_databases_default_first() {
        JsonNode body = json(server.get("/api/databases"));

        assertThat(body.get("default").asText()).isEqualTo("default");
        assertThat(body.get("databases")).extracting(JsonNode::asText).containsExactly("default", "inventory");
    }

    @Test
    void should_describe_tables_and_keys_but_hide_denied_columns_when_asked_for_the_schema() {
        JsonNode schema = json(server.get("/api/schema"));

        assertThat(schema.get("database").asText()).isEqualTo("default");
        assertThat(schema.get("productName").asText()).isEqualTo("H2");
        JsonNode customer = table(schema, "CUSTOMER");
        assertThat(customer.get("columns")).extracting(c -> c.get("name").asText()).containsExactly("ID", "NAME", "COUNTRY");
        assertThat(customer.get("columns").get(0).get("primaryKey").asBoolean()).isTrue();
        JsonNode product = table(schema, "PRODUCT");
        assertThat(product.get("foreignKeys").get(0).get("references").asText()).isEqualTo("PUBLIC.CATEGORY");
        assertThat(table(schema, "PRODUCTS_PER_CATEGORY").get("view").asBoolean()).isTrue();
    }

    @Test
    void should_describe_the_named_database_when_the_schema_request_names_one() {
        JsonNode schema = json(server.get("/api/schema?database=inventory"));

        assertThat(schema.get("tables")).extracting(t -> t.get("name").asText()).containsExactly("WAREHOUSE");
    }

    @Test
    void should_answer_404_unknown_database_when_the_schema_request_names_no_configured_database() {
        HttpResponse<String> response = server.get("/api/schema?database=nope");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("error").get("code").asText()).isEqualTo("UNKNOWN_DATABASE");
        assertThat(json(response).get("error").get("message").asText()).contains("default", "inventory");
    }

    @Test
    void should_count_hits_and_misses_when_questions_repeat() {
        server.postJson("/api/query", question("how many categories are there"));
        server.postJson("/api/query", question("How many categories are there?"));

        JsonNode stats = json(server.get("/api/cache/stats"));

        assertThat(stats.get("hits").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(stats.get("misses").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(stats.get("hitRate").asDouble()).isBetween(0.0, 1.0).isPositive();
        assertThat(stats.get("levels").get("results").get("entries").asLong()).isEqualTo(1);
    }

    @Test
    void should_empty_the_cache_when_cleared() {
        server.postJson("/api/query", question("how many customers are there"));

        HttpResponse<String> cleared = server.post("/api/cache/clear", null, "");

        assertThat(cleared.statusCode()).isEqualTo(200);
        assertThat(json(cleared).get("cleared").asBoolean()).isTrue();
        assertThat(json(server.get("/api/cache/stats")).get("levels").get("results").get("entries").asLong()).isZero();
        assertThat(json(server.postJson("/api/query", question("how many customers are there"))).get("tier").asText())
                .isEqualTo("fast_path");
    }

    @Test
    void should_remove_only_matching_answers_when_invalidating_by_pattern_or_table() {
        server.postJson("/api/query", question("how many customers are there"));
        server.postJson("/api/query", question("how many products are there"));
        server.postJson("/api/query", question("how many categories are there"));

        JsonNode byPattern = json(server.postJson("/api/cache/invalidate", "{\"pattern\": \"how many cu*\"}"));
        JsonNode byTable = json(server.postJson("/api/cache/invalidate", "{\"table\": \"public.product\"}"));

        // One question each: its answer (level 1) and its SQL (level 2).
        assertThat(byPattern.get("removed").asInt()).isEqualTo(2);
        assertThat(byTable.get("removed").asInt()).isEqualTo(2);
        assertThat(json(server.postJson("/api/query", question("how many categories are there"))).get("tier").asText())
                .isEqualTo("cache");
        assertThat(json(server.postJson("/api/query", question("how many customers are there"))).get("tier").asText())
                .isEqualTo("fast_path");
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "{}                                   | 400 | INVALID_REQUEST",
        "{\"pattern\": \"a*\", \"table\": \"t\"} | 400 | INVALID_REQUEST",
        "{\"pattern\": \"  \"}                 | 400 | INVALID_REQUEST",
        "{\"table\": 7}                        | 400 | INVALID_REQUEST",
        "{\"table\":                           | 400 | MALFORMED_JSON"
    })
    void should_refuse_an_invalidation_without_exactly_one_pattern_or_table(String body, int status, String code) {
        HttpResponse<String> response = server.postJson("/api/cache/invalidate", body);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(json(response).get("error").get("code").asText()).isEqualTo(code);
    }

    @Test
    void should_report_every_database_up_when_healthy() {
        HttpResponse<String> response = server.get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("status").asText()).isEqualTo("up");
        assertThat(body.get("databases").get("default").asText()).isEqualTo("up");
        assertThat(body.get("databases").get("inventory").asText()).isEqualTo("up");
    }

    @Test
    void should_expose_askdb_meters_in_prometheus_text_when_scraped() {
        server.postJson("/api/query", question("how many customers are there"));
        server.postJson("/api/query", question("how many customers are there"));
        server.postJson("/api/query", "{}");

        HttpResponse<String> response = server.get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        String text = response.body();
        assertThat(text)
                .containsPattern("askdb_query_duration_seconds_bucket\\{[^}]*tier=\"fast_path\"")
                .containsPattern("askdb_query_duration_seconds_count\\{[^}]*tier=\"cache\"")
                .containsPattern("askdb_tier_outcomes_total\\{[^}]*outcome=\"declined\",tier=\"cache\"")
                .containsPattern("askdb_errors_total\\{code=\"INVALID_QUESTION\"\\} [1-9]")
                .containsPattern("askdb_cache_hits_total\\{level=\"results\"\\} [1-9]")
                .contains("askdb_cache_hit_ratio", "askdb_cache_entries{level=\"results\"}", "askdb_fast_path_answer_ratio")
                .containsPattern("hikaricp_connections_active\\{pool=\"askdb-default\"\\}")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void should_describe_every_route_the_server_answers_in_openapi_and_no_other() {
        JsonNode doc = json(server.get("/openapi.json"));

        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> described = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> described.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
        assertThat(described).containsExactlyInAnyOrderElementsOf(server.server.routes());
        assertThat(server.server.routes()).contains("GET /api/knowledge", "POST /api/knowledge", "POST /api/query");
        assertThat(doc.at("/components/schemas/QueryResponse/properties").fieldNames())
                .toIterable().contains("success", "sql", "tier", "rows", "estimatedCostUsd", "error", "refused");
        assertThat(doc.at("/components/schemas/QueryRequest/properties").fieldNames()).toIterable().contains("columns");
        assertThat(doc.at("/components/schemas/Error/properties").fieldNames()).toIterable().contains("examples");
    }

    @Test
    void should_serve_the_page_and_its_scripts_from_the_jar() {
        HttpResponse<String> page = server.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<title>askdb", "id=\"question\"", "/askdb.js");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("default-src 'self'"));
        for (String asset : new String[] {"/askdb.js", "/sql.js", "/chart.js", "/askdb.css", "/favicon.svg",
                "/webjars/echarts/5.3.1/dist/echarts.min.js"}) {
            assertThat(server.get(asset).statusCode()).as(asset).isEqualTo(200);
        }
    }

    private static JsonNode table(JsonNode schema, String name) {
        return StreamSupport.stream(schema.get("tables").spliterator(), false)
                .filter(t -> t.get("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name + " in " + schema));
    }
}
