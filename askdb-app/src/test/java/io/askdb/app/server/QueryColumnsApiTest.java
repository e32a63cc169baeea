package io.askdb.app.server;

import static io.askdb.app.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A listing over HTTP shows its describing columns; {@code "columns": "all"} asks for every readable one. */
class QueryColumnsApiTest {

    private static final String LONDON = "customers in the city of London";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.sample(Map.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> columns(JsonNode r) {
        List<String> out = new ArrayList<>();
        r.get("columns").forEach(c -> out.add(c.asText()));
        return out;
    }

    @Test
    void should_list_describing_columns_by_default_and_every_readable_column_when_asked() {
        JsonNode usual = json(server.postJson("/api/query", "{\"question\": \"" + LONDON + "\"}"));
        JsonNode all = json(server.postJson("/api/query", "{\"question\": \"" + LONDON + "\", \"columns\": \"all\"}"));

        assertThat(columns(usual)).containsExactly("CustomerID", "Title", "FirstName", "MiddleName", "LastName",
                "CompanyName", "City");
        assertThat(columns(all)).contains("rowguid", "ModifiedDate", "EmailAddress", "AddressLine1")
                .doesNotContain("PasswordHash", "PasswordSalt");
        assertThat(all.get("rowCount").asInt()).isEqualTo(usual.get("rowCount").asInt());
    }

    @Test
    void should_refuse_an_unknown_columns_choice_naming_the_field() {
        HttpResponse<String> r = server.postJson("/api/query", "{\"question\": \"" + LONDON + "\", \"columns\": \"some\"}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("error").get("message").asText())
                .isEqualTo("\"columns\" must be \"all\" or \"describing\", was \"some\"");
    }

    @Test
    void should_speak_of_request_fields_not_command_line_flags_over_http() {
        JsonNode r = json(server.postJson("/api/query", "{\"question\": \"How many customers are there?\", \"noCache\": true}"));

        assertThat(r.get("tiers").get(0).get("reason").asText()).isEqualTo("skipped: caching turned off for this request");
        assertThat(r.toString()).doesNotContain("--no-cache", "--offline");
    }

    @Test
    void should_offer_example_questions_with_the_schema() {
        JsonNode schema = json(server.get("/api/schema"));

        assertThat(schema.get("examples")).hasSizeBetween(3, 5);
    }
}
