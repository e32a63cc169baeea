package io.askdb.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.askdb.AskDb;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The sample application on a random port, asked over HTTP as any client would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleApplicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    @Autowired
    MeterRegistry meters;

    @Autowired
    AskDb askdb;

    @Test
    void should_answer_how_many_customers_with_847_over_http() throws Exception {
        ResponseEntity<String> response = post("{\"question\": \"How many customers are there?\"}");

        JsonNode body = JSON.readTree(response.getBody());
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(body.get("success").asBoolean()).isTrue();
        assertThat(body.get("rows").toString()).isEqualTo("[[847]]");
        assertThat(body.get("sql").asText()).isEqualTo("SELECT COUNT(*) AS count FROM SalesLT.Customer");
        assertThat(body.get("tier").asText()).isIn("fast_path", "cache");
        assertThat(meters.find("askdb.query.duration").timer()).isNotNull();
        assertThat(meters.find("askdb.query.duration").timer().count()).isPositive();
    }

    @Test
    void should_report_askdb_in_the_health_endpoint() throws Exception {
        ResponseEntity<String> response = http.getForEntity("/actuator/health", String.class);

        JsonNode askdbHealth = JSON.readTree(response.getBody()).path("components").path("askdb");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(askdbHealth.path("status").asText()).isEqualTo("UP");
        assertThat(askdbHealth.path("details").path("databases").path("default").path("tables").asInt()).isGreaterThan(5);
    }

    @Test
    void should_refuse_a_write_and_an_empty_question_with_the_contracts_errors() throws Exception {
        ResponseEntity<String> empty = post("{\"question\": \"  \"}");
        ResponseEntity<String> malformed = post("{\"question\": ");
        ResponseEntity<String> unknown = post("{\"question\": \"how many customers\", \"database\": \"nowhere\"}");

        assertThat(empty.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(empty.getBody()).path("error").path("code").asText()).isEqualTo("INVALID_QUESTION");
        assertThat(malformed.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.getBody()).path("error").path("code").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void should_keep_the_database_read_only_even_when_sql_comes_from_outside() {
        assertThat(askdb.explain(null, "SELECT COUNT(*) FROM SalesLT.Customer").get("tables").toString())
                .contains("Customer");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> askdb.explain(null, "DELETE FROM SalesLT.Customer"))
                .isInstanceOf(io.askdb.sql.SqlRejectedException.class);
    }

    private ResponseEntity<String> post(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.postForEntity("/api/query", new HttpEntity<>(body, headers), String.class);
    }
}
