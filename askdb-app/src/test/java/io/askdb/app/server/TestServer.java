package io.askdb.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Ticker;
import io.askdb.AskDb;
import io.askdb.app.Json;
import io.askdb.config.AskDbConfig;
import io.askdb.config.ServerSettings;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The real server on a free port, over a shop database (default) and an inventory database,
 * spoken to with {@link HttpClient}. Configuration comes from an environment map, as in production.
 */
final class TestServer implements AutoCloseable {

    final AskDb askdb;
    final AskDbServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(AskDb askdb, AskDbServer server) {
        this.askdb = askdb;
        this.server = server;
    }

    static TestServer start(Map<String, String> extraEnv) {
        return start(extraEnv, Ticker.systemTicker());
    }

    static TestServer start(Map<String, String> extraEnv, Ticker ticker) {
        Map<String, String> env = new HashMap<>();
        env.put("DATABASE_URL", TestDatabases.shop());
        env.put("ASKDB_DENY_COLUMNS", "PUBLIC.CUSTOMER.SECRET");
        env.putAll(extraEnv);
        AskDbConfig config = AskDbConfig.fromMap(env);
        AskDb askdb = AskDb.builder()
                .config(config)
                .database("inventory", config.database().withUrl(TestDatabases.inventory()))
                .build();
        ServerSettings settings = config.server();
        return new TestServer(askdb, AskDbServer.start(askdb, settings, "127.0.0.1", 0, ticker));
    }

    /** The real server over the embedded SalesLT sample (no DATABASE_URL), as {@code askdb serve} starts by default. */
    static TestServer sample(Map<String, String> env) {
        AskDbConfig config = AskDbConfig.fromMap(env);
        AskDb askdb = AskDb.builder().config(config).build();
        return new TestServer(askdb, AskDbServer.start(askdb, config.server(), "127.0.0.1", 0));
    }

    /** The real server over an {@link AskDb} built by the caller, with {@code /metrics} on {@code registry}, as {@code serve} does. */
    static TestServer serving(AskDb askdb, PrometheusMeterRegistry registry) {
        return new TestServer(askdb, AskDbServer.start(askdb, askdb.config().server(), "127.0.0.1", 0, registry));
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(builder(path, headers).GET().build());
    }

    HttpResponse<String> postJson(String path, String body, String... headers) {
        return post(path, "application/json", body, headers);
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder b = builder(path, headers).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder builder(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return b;
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    static String question(String question) {
        return Json.compact(Map.of("question", question));
    }

    static String question(String question, String database) {
        return Json.compact(Map.of("question", question, "database", database));
    }

    @Override
    public void close() {
        server.close();
        askdb.close();
    }
}
