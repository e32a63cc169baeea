package io.askdb.app.server;

import io.askdb.app.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Server-sent events written straight to the servlet response, flushed one by one so the client
 * sees each step as it happens. A client that went away is noticed once and then ignored: the
 * question is still answered (and cached), only nobody reads it.
 */
final class EventStream {

    private final OutputStream out;
    private final long start = System.nanoTime();
    private boolean gone;

    private EventStream(OutputStream out) {
        this.out = out;
    }

    static EventStream open(HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Accel-Buffering", "no");
        EventStream stream = new EventStream(response.getOutputStream());
        response.flushBuffer();
        return stream;
    }

    /** A pipeline step: {@code event: step}, {@code data: {"message", "elapsedMs"}}. */
    void step(String message) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("message", message);
        data.put("elapsedMs", Math.round((System.nanoTime() - start) / 10_000.0) / 100.0);
        send("step", data);
    }

    synchronized void send(String event, Object data) {
        if (gone) {
            return;
        }
        // Jackson writes one line (no raw newlines), so a single data: field carries it.
        String frame = "event: " + event + "\ndata: " + Json.compact(data) + "\n\n";
        try {
            out.write(frame.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            gone = true;
        }
    }
}
