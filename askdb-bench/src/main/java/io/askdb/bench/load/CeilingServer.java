package io.askdb.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.askdb.app.Json;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The ceiling askdb's query endpoint is judged against: a bare Javalin server with askdb's own
 * Javalin, Jetty and JSON mapper, whose {@code POST /api/query} parses the JSON body, reads its
 * question and returns a fixed JSON answer of a given size. Nothing else runs on the request: no
 * security headers, no access check, no pipeline, no log line, no meters. What askdb's endpoint
 * costs above this is askdb's own work.
 */
public final class CeilingServer implements AutoCloseable {

    private final Javalin app;

    private CeilingServer(Javalin app) {
        this.app = app;
    }

    /**
     * @param answerBytes the size of the fixed answer, to match the askdb response it stands for
     */
    public static CeilingServer start(String host, int port, int answerBytes) {
        byte[] answer = answer(answerBytes);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
        });
        app.post("/api/query", ctx -> {
            JsonNode body = Json.MAPPER.readTree(ctx.bodyAsBytes());
            if (body == null || !body.path("question").isTextual()) {
                ctx.status(400).contentType("application/json").result("{\"error\":\"no question\"}");
                return;
            }
            ctx.contentType("application/json").result(answer);
        });
        app.start(host, port);
        return new CeilingServer(app);
    }

    public int port() {
        return app.port();
    }

    /** A JSON object of exactly {@code bytes} bytes (at least 64) shaped like a small answer. */
    static byte[] answer(int bytes) {
        String head = "{\"success\":true,\"tier\":\"ceiling\",\"sql\":\"SELECT 1\",\"rows\":[[1]],\"padding\":\"";
        String tail = "\"}";
        int pad = Math.max(0, bytes - head.length() - tail.length());
        char[] padding = new char[pad];
        Arrays.fill(padding, 'x');
        return (head + new String(padding) + tail).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        app.stop();
    }
}
