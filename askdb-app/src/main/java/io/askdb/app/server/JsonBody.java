package io.askdb.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.askdb.app.Json;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;

/** Reads a request's JSON object body, refusing other content types, non-objects and ill-typed fields. */
final class JsonBody {

    private final JsonNode root;

    private JsonBody(JsonNode root) {
        this.root = root;
    }

    static JsonBody read(Context ctx) throws IOException {
        String contentType = ctx.contentType();
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new ApiException("UNSUPPORTED_MEDIA_TYPE", "send the body as application/json, not "
                    + (contentType == null ? "without a Content-Type" : "'" + contentType + "'"));
        }
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) {
            throw new ApiException("MALFORMED_JSON", "the request body is empty; send a JSON object");
        }
        JsonNode root = Json.MAPPER.readTree(bytes);
        if (root == null || !root.isObject()) {
            throw new ApiException("INVALID_REQUEST", "the request body must be a JSON object");
        }
        return new JsonBody(root);
    }

    /** The string field, or null when absent or null. */
    String text(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ApiException("INVALID_REQUEST", "\"" + field + "\" must be a string");
        }
        return value.textValue();
    }

    boolean flag(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new ApiException("INVALID_REQUEST", "\"" + field + "\" must be true or false");
        }
        return value.booleanValue();
    }
}
