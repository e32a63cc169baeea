package io.askdb.spring;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.askdb.AskDb;
import io.askdb.api.ErrorInfo;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/query} (path: {@code askdb.rest.path}) with the contract of {@code askdb serve}:
 * {@code {"question", "database"?, "offline"?, "noCache"?, "dryRun"?, "conversationId"?}} in, the
 * response object out, written by askdb's own JSON settings so both servers answer byte for byte
 * alike. A bad request gets a 4xx with {@code {"error": {"code", "message"}}}; a question askdb
 * could not answer is a 200 with {@code success: false}; an outage is a 503 or 504.
 *
 * <p>It adds no authentication: put it behind the application's own security.
 */
@RestController
public class AskDbController {

    private static final ObjectMapper JSON = JsonMapper.builder().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build();
    private static final Map<String, Integer> STATUS = Map.of(
            "INVALID_QUESTION", 400, "INVALID_REQUEST", 400, "MALFORMED_JSON", 400, "UNKNOWN_DATABASE", 404,
            "DATABASE_UNAVAILABLE", 503, "LLM_UNAVAILABLE", 503, "QUERY_TIMEOUT", 504, "INTERNAL", 500);

    private final AskDb askdb;
    private final int maxQuestionLength;

    public AskDbController(AskDb askdb) {
        this.askdb = askdb;
        this.maxQuestionLength = askdb.config().pipeline().maxQuestionLength();
    }

    @PostMapping(path = "${askdb.rest.path:/api/query}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> query(@RequestBody(required = false) byte[] body) {
        JsonNode node;
        try {
            node = body == null || body.length == 0 ? null : JSON.readTree(body);
        } catch (JacksonException e) {
            return error("MALFORMED_JSON", "the request body is not valid JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            return error("MALFORMED_JSON", "the request body cannot be read");
        }
        if (node == null || !node.isObject()) {
            return error("INVALID_REQUEST", "send a JSON object, e.g. {\"question\": \"How many customers are there?\"}");
        }
        String question = text(node, "question");
        if (question == null || question.isBlank()) {
            return error("INVALID_QUESTION", "the body needs a non-empty \"question\"");
        }
        if (question.length() > maxQuestionLength) {
            return error("INVALID_QUESTION", "the question is " + question.length() + " characters long; the limit is "
                    + maxQuestionLength + " (askdb.max-question-length)");
        }
        String database = text(node, "database");
        if (database == null || database.isBlank()) {
            database = AskDb.DEFAULT_DATABASE;
        } else if (!askdb.databaseNames().contains(database)) {
            return error("UNKNOWN_DATABASE", "no database is named '" + database + "'; known: " + askdb.databaseNames());
        }
        QueryRequest request = QueryRequest.of(question).withDatabase(database)
                .withOffline(node.path("offline").asBoolean(false))
                .withNoCache(node.path("noCache").asBoolean(false))
                .withEnsemble(node.path("ensemble").asBoolean(false))
                .withDryRun(node.path("dryRun").asBoolean(false))
                .withConversationId(text(node, "conversationId"));
        QueryResponse response = askdb.ask(request);
        int status = response.success() || response.error() == null ? 200 : STATUS.getOrDefault(response.error().code(), 200);
        return json(status, response);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static ResponseEntity<String> error(String code, String message) {
        return json(STATUS.getOrDefault(code, 400), Map.of("error", new ErrorInfo(code, message)));
    }

    private static ResponseEntity<String> json(int status, Object body) {
        try {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body));
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
