package io.askdb.bench.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The clients: {@code clients} threads, each with its own HTTP/1.1 connection, asking in turn the
 * kinds of {@code mix} (closed loop, or paced to {@code ratePerSecond} in all), and adding each
 * outcome to the current {@link Window}.
 *
 * <p>Concurrency: the window is swapped by the controlling thread through an atomic reference; a
 * request is counted in the window current when it ends. Threads stop at {@link #stop()}.
 */
final class Traffic implements AutoCloseable {

    /** What a request asks, and of which server. */
    enum Kind {
        /** A fast-path question on server a with the cache off: needs PostgreSQL every time. */
        DATABASE("database"),
        /** A question asked before, on either server: a cache hit, needs nothing but askdb. */
        CACHED("cached"),
        /** A question for server b, whose fast path is off, with the cache off: needs the LLM and PostgreSQL. */
        LLM("llm"),
        /** A question never asked before (a new literal each time) on server a: fills and turns the caches over. */
        TURNOVER("turnover");

        private final String wire;

        Kind(String wire) {
            this.wire = wire;
        }

        String wire() {
            return wire;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_LIMIT = Duration.ofSeconds(30);

    private final List<ChaosQuestion> questions;
    private final URI a;
    private final URI b;
    private final List<Kind> mix;
    private final AtomicReference<Window> window;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicLong turnover = new AtomicLong();
    private volatile boolean running = true;

    Traffic(List<ChaosQuestion> questions, ServeProcess a, ServeProcess b, List<Kind> mix, Window first) {
        this.questions = List.copyOf(questions);
        this.a = URI.create(a.baseUrl() + "/api/query");
        this.b = URI.create(b.baseUrl() + "/api/query");
        this.mix = List.copyOf(mix);
        this.window = new AtomicReference<>(first);
    }

    /** Starts the clients; {@code ratePerSecond} 0 means each sends as soon as its previous answer came. */
    void start(int clients, double ratePerSecond) {
        long intervalNanos = ratePerSecond <= 0 ? 0 : (long) (clients * 1e9 / ratePerSecond);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> loop(client, intervalNanos), "chaos-client-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** Begins a new window and returns the one that ends. */
    Window next(Window fresh) {
        return window.getAndSet(fresh);
    }

    private void loop(int client, long intervalNanos) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        long next = System.nanoTime();
        for (int i = client; running; i++) {
            if (intervalNanos > 0) {
                next += intervalNanos;
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            Kind kind = mix.get(i % mix.size());
            ChaosQuestion question = questions.get((i / mix.size()) % questions.size());
            window.get().add(ask(http, kind, question, i));
        }
    }

    /** Asks the question of its kind's server, then classifies what came back. */
    Outcome ask(HttpClient http, Kind kind, ChaosQuestion question, int i) {
        ObjectNode body = JSON.createObjectNode();
        URI server = switch (kind) {
            case DATABASE, TURNOVER -> a;
            case LLM -> b;
            case CACHED -> i % 2 == 0 ? a : b;
        };
        if (kind == Kind.TURNOVER) {
            body.put("question", "How many products have a list price above " + turnover.incrementAndGet() % 5000 + "?");
        } else {
            body.put("question", question.text());
            body.put("noCache", kind != Kind.CACHED);
        }
        HttpRequest request = HttpRequest.newBuilder(server).timeout(REQUEST_LIMIT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        long start = System.nanoTime();
        String label;
        double serverMs = -1;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            label = classify(kind, question, response);
            serverMs = JSON.readTree(response.body()).path("elapsedMs").asDouble(-1);
        } catch (IOException e) {
            label = Outcome.IO_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            label = Outcome.IO_ERROR;
        }
        long end = System.nanoTime();
        return new Outcome(kind, label, end - start, end, serverMs);
    }

    private static String classify(Kind kind, ChaosQuestion question, HttpResponse<String> response)
            throws IOException {
        JsonNode json = JSON.readTree(response.body());
        String code = json.path("error").path("code").asText("");
        if (response.statusCode() >= 500 && response.statusCode() != 503 && response.statusCode() != 504
                || "INTERNAL".equals(code)) {
            return Outcome.HTTP_500;
        }
        if (!json.path("success").asBoolean(false)) {
            return response.statusCode() + " " + (code.isEmpty() ? "UNKNOWN" : code);
        }
        if (kind == Kind.TURNOVER) {
            // New literals have no reference value; an answer counts as given, its value unchecked.
            return Outcome.ANSWERED;
        }
        boolean right = question.answeredBy(json);
        if (json.path("degraded").asBoolean(false)) {
            return right ? Outcome.DEGRADED_RIGHT : Outcome.DEGRADED_DIFFERENT;
        }
        return right ? Outcome.RIGHT : Outcome.WRONG;
    }

    void stop() {
        running = false;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
        for (Thread thread : threads) {
            thread.join(REQUEST_LIMIT.toMillis() + 1000);
        }
    }
}
