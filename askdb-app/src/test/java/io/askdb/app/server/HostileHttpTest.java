package io.askdb.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.askdb.app.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile HTTP on a raw socket, byte for byte as an attacker would send it (the JDK client refuses
 * to send most of this): bodies that are not UTF-8, nested or oversized past the limit, lying
 * lengths, header injection. Each gets a 4xx with a JSON error and never a 500 or a stack trace,
 * and after each the server still answers a real question.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileHttpTest {

    private TestServer server;
    private int tried;

    @BeforeAll
    void start() {
        server = TestServer.start(Map.of("ASKDB_MAX_QUESTION_LENGTH", "500"));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @AfterEach
    void should_still_answer_a_real_question_after_each_attack() throws IOException {
        RawResponse health = send(request("GET", "/health", Map.of(), new byte[0]));
        assertThat(health.status()).isEqualTo(200);
        RawResponse answer = send(request("POST", "/api/query", Map.of("Content-Type", "application/json"),
                "{\"question\": \"How many customers are there?\", \"noCache\": true}".getBytes(StandardCharsets.UTF_8)));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("rows").get(0).get(0).asInt()).isEqualTo(3);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static Stream<Arguments> hostileBodies() {
        byte[] invalidUtf8 = concat(bytes("{\"question\": \"how many "), new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC3},
                bytes(" customers\"}"));
        byte[] overlongSlash = concat(bytes("{\"question\": \"how many "), new byte[] {(byte) 0xC0, (byte) 0xAF},
                bytes("\"}"));
        byte[] cesuSurrogate = concat(bytes("{\"question\": \"how many "), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                bytes("\"}"));
        byte[] truncatedSequence = concat(bytes("{\"question\": \"how many customers"), new byte[] {(byte) 0xE2, (byte) 0x82});
        return Stream.of(
                Arguments.of("invalid UTF-8 bytes in a string", invalidUtf8, "MALFORMED_JSON"),
                Arguments.of("overlong UTF-8 encoding of '/'", overlongSlash, "MALFORMED_JSON"),
                Arguments.of("UTF-8-encoded surrogate (CESU)", cesuSurrogate, "MALFORMED_JSON"),
                Arguments.of("UTF-8 sequence cut at the end", truncatedSequence, "MALFORMED_JSON"),
                Arguments.of("JSON nested 50,000 deep", bytes("[".repeat(50_000)), "MALFORMED_JSON"),
                Arguments.of("object nested 12,000 deep", bytes("{\"a\":".repeat(12_000)), "MALFORMED_JSON"),
                Arguments.of("number with a huge exponent", bytes("{\"question\": 1e99999999}"), "INVALID_REQUEST"),
                Arguments.of("number with 60,000 digits", bytes("{\"question\": " + "9".repeat(60_000) + "}"),
                        "MALFORMED_JSON"),
                Arguments.of("NUL bytes around the JSON", concat(new byte[] {0, 0}, bytes("{\"question\": \"x\"}")),
                        "MALFORMED_JSON"),
                Arguments.of("two JSON documents", bytes("{\"question\": \"a\"} {\"question\": \"b\"}"), null),
                Arguments.of("a bare string", bytes("\"how many customers\""), "INVALID_REQUEST"),
                Arguments.of("question as an object", bytes("{\"question\": {\"$ne\": null}}"), "INVALID_REQUEST"),
                Arguments.of("question as an array", bytes("{\"question\": [\"a\", \"b\"]}"), "INVALID_REQUEST"),
                Arguments.of("database with SQL in it",
                        bytes("{\"question\": \"how many customers\", \"database\": \"default'; DROP TABLE customer; --\"}"),
                        "UNKNOWN_DATABASE"),
                Arguments.of("database with a path", bytes("{\"question\": \"x\", \"database\": \"../../etc/passwd\"}"),
                        "UNKNOWN_DATABASE"),
                Arguments.of("lone surrogate escape in the question", bytes("{\"question\": \"how many \\ud800 customers\"}"),
                        null),
                Arguments.of("NUL escape in the question", bytes("{\"question\": \"\\u0000\\u0000\"}"), "INVALID_QUESTION"),
                Arguments.of("question over the limit", bytes("{\"question\": \"" + "a".repeat(40_000) + "\"}"),
                        "INVALID_QUESTION"),
                Arguments.of("body over 64 KiB", bytes("{\"question\": \"" + "a".repeat(70_000) + "\"}"),
                        "REQUEST_TOO_LARGE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileBodies")
    void should_answer_a_hostile_body_with_a_json_4xx_and_never_a_500(String name, byte[] body, String code)
            throws IOException {
        RawResponse response = send(request("POST", "/api/query", Map.of("Content-Type", "application/json"), body));

        assertSafe(response, name);
        if (code != null) {
            assertThat(response.status()).as(name + ": " + response.body()).isBetween(400, 499);
            assertThat(response.json().path("error").path("code").asText()).as(name).isEqualTo(code);
        }
    }

    @Test
    void should_refuse_an_oversized_chunked_body_without_a_length() throws IOException {
        String chunk = "a".repeat(8_000);
        StringBuilder raw = new StringBuilder("POST /api/query HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        raw.append(Integer.toHexString(14)).append("\r\n").append("{\"question\": \"").append("\r\n");
        for (int i = 0; i < 12; i++) {
            raw.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        raw.append("2\r\n\"}\r\n0\r\n\r\n");

        RawResponse response = send(bytes(raw.toString()));

        assertSafe(response, "chunked 96 KB");
        assertThat(response.status()).as(response.body()).isEqualTo(413);
        assertThat(response.json().path("error").path("code").asText()).isEqualTo("REQUEST_TOO_LARGE");
    }

    @Test
    void should_not_reflect_a_line_break_in_the_question_into_the_response_headers() throws IOException {
        RawResponse response = send(request("POST", "/api/query", Map.of("Content-Type", "application/json"),
                bytes("{\"question\": \"how many customers\\r\\nSet-Cookie: session=evil\\r\\nX-Injected: 1\"}")));

        assertSafe(response, "CRLF in question");
        assertThat(response.headers()).doesNotContainKeys("set-cookie", "x-injected");
    }

    static Stream<Arguments> hostileHeaders() {
        return Stream.of(
                Arguments.of("CRLF smuggled into a header value",
                        "POST /api/query HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                + "X-Api-Key: abc\r\nX-Forwarded-For: 1.2.3.4\r\nConnection: close\r\n"
                                + "Content-Length: 2\r\n\r\n{}"),
                Arguments.of("bare LF line endings with an injected header",
                        "POST /api/query HTTP/1.1\nHost: localhost\nContent-Type: application/json\nSet-Cookie: x=1\n"
                                + "Connection: close\nContent-Length: 2\n\n{}"),
                Arguments.of("obsolete line folding",
                        "POST /api/query HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                + "X-Api-Key: abc\r\n Set-Cookie: x=1\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}"),
                Arguments.of("NUL in a header value",
                        "POST /api/query HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\u0000text/html\r\n"
                                + "Connection: close\r\nContent-Length: 2\r\n\r\n{}"),
                Arguments.of("two Content-Length headers (request smuggling)",
                        "POST /api/query HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                + "Content-Length: 2\r\nContent-Length: 40\r\nConnection: close\r\n\r\n{}"),
                Arguments.of("Content-Length and chunked together (request smuggling)",
                        "POST /api/query HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n"),
                Arguments.of("negative Content-Length",
                        "POST /api/query HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                                + "Content-Length: -5\r\nConnection: close\r\n\r\n{}"),
                Arguments.of("header of 20 KB",
                        "POST /api/query HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nX-Pad: "
                                + "a".repeat(20_000) + "\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}"),
                Arguments.of("path traversal", "GET /../../../../etc/passwd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                Arguments.of("encoded path traversal",
                        "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                Arguments.of("content type with an injected parameter",
                        "POST /api/query HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json; charset=\"x\r\n"
                                + "Connection: close\r\nContent-Length: 2\r\n\r\n{}"),
                Arguments.of("unknown charset", "POST /api/query HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json; charset=klingon\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}"),
                Arguments.of("method override header", "POST /api/cache/clear HTTP/1.1\r\nHost: localhost\r\n"
                        + "X-HTTP-Method-Override: GET\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileHeaders")
    void should_answer_hostile_headers_with_a_4xx_and_never_a_500_or_a_reflected_header(String name, String raw)
            throws IOException {
        RawResponse response = send(raw.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(response.status()).as(name + ": " + response).isBetween(200, 499);
        assertThat(response.headers()).as(name).doesNotContainKeys("set-cookie", "x-injected");
        assertThat(response.body()).as(name).doesNotContain("\tat ", "Exception", "root:x:0:0");
        if (response.status() >= 400 && response.headers().containsKey("content-type")
                && response.headers().get("content-type").startsWith("application/json")) {
            assertThat(response.json().path("error").path("message").asText()).isNotBlank();
        }
    }

    /** A 4xx with a JSON error body, no stack trace, no server internals; or a 200 response object. */
    private void assertSafe(RawResponse response, String name) {
        tried++;
        assertThat(response.status()).as(name + ": " + response.body()).isLessThan(500);
        assertThat(response.headers().get("content-type")).as(name).startsWith("application/json");
        assertThat(response.body()).as(name).doesNotContain("\tat ", "Exception", "io.javalin", "org.eclipse.jetty");
        JsonNode json = response.json();
        if (response.status() >= 400) {
            assertThat(json.path("error").path("code").asText()).as(name).isNotBlank();
            assertThat(json.path("error").path("message").asText()).as(name).isNotBlank();
        }
    }

    private static byte[] request(String method, String path, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        return concat(head.toString().getBytes(StandardCharsets.ISO_8859_1), body);
    }

    private RawResponse send(byte[] raw) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.server.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(raw);
                out.flush();
                socket.shutdownOutput();
            } catch (IOException e) {
                // The server may answer and close before reading everything (413, 400): read what it said.
            }
            InputStream in = socket.getInputStream();
            return RawResponse.parse(in.readAllBytes());
        }
    }

    /** A response as read off the socket; header names lower case, a chunked body joined. */
    private record RawResponse(int status, Map<String, String> headers, String body) {

        static RawResponse parse(byte[] bytes) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new AssertionError("no HTTP response: " + text);
            }
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            String body = text.substring(end + 4);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = dechunk(body);
            }
            return new RawResponse(status, headers, body);
        }

        private static String dechunk(String body) {
            StringBuilder out = new StringBuilder();
            int at = 0;
            while (at < body.length()) {
                int nl = body.indexOf("\r\n", at);
                int size = Integer.parseInt(body.substring(at, nl).trim(), 16);
                if (size == 0) {
                    break;
                }
                out.append(body, nl + 2, nl + 2 + size);
                at = nl + 2 + size + 2;
            }
            return out.toString();
        }

        JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }
}
