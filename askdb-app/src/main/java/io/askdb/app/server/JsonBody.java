package io.askdb.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.askdb.app.Json;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a request's JSON object body, refusing other content types, bodies over the size limit
 * (also when sent chunked, without a length), text that is not strict UTF-8, non-objects and
 * ill-typed fields.
 */
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
        byte[] bytes = readLimited(ctx);
        if (bytes.length == 0) {
            throw new ApiException("MALFORMED_JSON", "the request body is empty; send a JSON object");
        }
        JsonNode root = Json.MAPPER.readTree(strictUtf8(bytes));
        if (root == null || !root.isObject()) {
            throw new ApiException("INVALID_REQUEST", "the request body must be a JSON object");
        }
        return new JsonBody(root);
    }

    /**
     * The body, read up to the limit. The web framework checks the limit against Content-Length
     * only, so a chunked body of any size would otherwise be read into memory whole.
     */
    private static byte[] readLimited(Context ctx) throws IOException {
        if (ctx.contentLength() > AskDbServer.MAX_REQUEST_BYTES) {
            throw tooLarge();
        }
        InputStream in = ctx.req().getInputStream();
        byte[] bytes = in.readNBytes((int) AskDbServer.MAX_REQUEST_BYTES + 1);
        if (bytes.length > AskDbServer.MAX_REQUEST_BYTES) {
            throw tooLarge();
        }
        return bytes;
    }

    private static ApiException tooLarge() {
        return new ApiException("REQUEST_TOO_LARGE", "the request body is larger than "
                + AskDbServer.MAX_REQUEST_BYTES / 1024 + " KiB");
    }

    /**
     * The body as text, refusing what is not strict UTF-8 (overlong forms, encoded surrogates, stray
     * bytes), which the JSON parser would otherwise read leniently into other characters.
     */
    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiException("MALFORMED_JSON", "the request body is not valid UTF-8 text");
        }
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
