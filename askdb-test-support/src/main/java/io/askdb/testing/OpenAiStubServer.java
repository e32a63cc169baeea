package io.askdb.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A local LLM provider for tests: it speaks OpenAI's chat-completions format (also Azure's, which is
 * the same body under {@code /openai/deployments/…}) and Ollama's {@code /api/chat}, choosing by the
 * request path. Each test scripts it: a queue of {@link Reply replies} used first, then a function
 * from request to reply. It records every request (path, query, headers, JSON body) and can answer
 * with any status and headers (Retry-After), late, never, or with a broken body.
 *
 * <p>This is the one implementation of the wire format for every module: core's tests script it per
 * test, and the replay in askdb-bench answers through it with a function that looks the question up
 * (there {@link #recordRequests(boolean) recording} is off, as a long replay would keep every prompt).
 *
 * <pre>{@code
 * try (OpenAiStubServer stub = OpenAiStubServer.start()) {
 *     stub.enqueue(Reply.status(429).withHeader("retry-after-ms", "20"), Reply.chat("SELECT 1", 12, 3));
 *     ... point OPENAI_BASE_URL at stub.baseUrl() ...
 *     assertThat(stub.requests()).hasSize(2);
 * }
 * }</pre>
 */
public final class OpenAiStubServer implements AutoCloseable {

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm
        // and the client's delayed ACK add about 40 ms to every answer, which would swamp the
        // replay's measured time. Read once, when the server's configuration class loads.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** Connections waiting to be accepted: the replay opens one per contestant thread at once. */
    private static final int BACKLOG = 64;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEYSTORE = "stub-tls.p12";
    private static final char[] KEYSTORE_PASSWORD = "changeit".toCharArray();

    private final HttpServer server;
    private final ExecutorService threads;
    private final String scheme;
    private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Recorded> requests = new ArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicInteger ids = new AtomicInteger();
    private volatile Function<Recorded, Reply> otherwise = request -> Reply.chat("SELECT 1", 10, 5);
    private volatile boolean recording = true;

    private OpenAiStubServer(HttpServer server, String scheme) {
        this.server = server;
        this.scheme = scheme;
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "llm-stub");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A plain-HTTP stub on a free local port. */
    public static OpenAiStubServer start() {
        try {
            return new OpenAiStubServer(HttpServer.create(loopback(), BACKLOG), "http");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTTPS stub with a self-signed certificate for 127.0.0.1; clients trust {@link #certificate()}. */
    public static OpenAiStubServer startHttps() {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore(), KEYSTORE_PASSWORD);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keys.getKeyManagers(), null, null);
            HttpsServer server = HttpsServer.create(loopback(), BACKLOG);
            server.setHttpsConfigurator(new HttpsConfigurator(tls));
            return new OpenAiStubServer(server, "https");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The certificate of {@link #startHttps()} stubs, for a client's trust store. */
    public static X509Certificate certificate() {
        try {
            return (X509Certificate) keyStore().getCertificate("stub");
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A TLS context that trusts {@link #certificate()} and nothing else. */
    public static SSLContext trustingSslContext() {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("stub", certificate());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            return tls;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code http://127.0.0.1:port}, for Azure endpoints and Ollama base URLs. */
    public String origin() {
        return scheme + "://127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@code origin()/v1}, for OpenAI base URLs. */
    public String baseUrl() {
        return origin() + "/v1";
    }

    /** Replies for the next requests, in order; after them {@link #otherwise} answers. */
    public OpenAiStubServer enqueue(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** How requests are answered once the queue is empty (at first: {@code SELECT 1}, 10 + 5 tokens). */
    public OpenAiStubServer otherwise(Function<Recorded, Reply> responder) {
        this.otherwise = responder;
        return this;
    }

    /**
     * Whether requests are kept for {@link #requests()} (at first: yes). A stub serving thousands of
     * long prompts turns this off and keeps what it needs in its responder.
     */
    public OpenAiStubServer recordRequests(boolean keep) {
        this.recording = keep;
        return this;
    }

    public List<Recorded> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public int requestCount() {
        synchronized (requests) {
            return requests.size();
        }
    }

    public Recorded lastRequest() {
        synchronized (requests) {
            if (requests.isEmpty()) {
                throw new AssertionError("the stub received no request");
            }
            return requests.get(requests.size() - 1);
        }
    }

    /** Waits until the {@code n}-th request has arrived (not answered) and returns it. */
    public Recorded awaitRequest(int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (requests) {
            while (requests.size() < n) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("the stub received " + requests.size() + " requests, expected " + n);
                }
                TimeUnit.NANOSECONDS.timedWait(requests, left);
            }
            return requests.get(n - 1);
        }
    }

    /** Stops the server; replies still waiting ({@link Reply#hang()}, delays) are released first. */
    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Recorded request = record(exchange);
            Reply reply = script.poll();
            if (reply == null) {
                reply = otherwise.apply(request);
            }
            if (reply.hang || !reply.delay.isZero()) {
                boolean released = closed.await(reply.hang ? Long.MAX_VALUE : reply.delay.toMillis(), TimeUnit.MILLISECONDS);
                if (released) {
                    return;
                }
            }
            byte[] body = reply.body.apply(new Rendering(request, "stub-" + ids.incrementAndGet()))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            reply.headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.sendResponseHeaders(reply.status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client gave up (time limit) before the reply: nothing to tell it.
        }
    }

    private Recorded record(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT),
                List.copyOf(values)));
        Recorded request = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery(),
                Map.copyOf(headers), body);
        if (recording) {
            synchronized (requests) {
                requests.add(request);
                requests.notifyAll();
            }
        }
        return request;
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    private static KeyStore keyStore() throws GeneralSecurityException, IOException {
        try (InputStream in = OpenAiStubServer.class.getResourceAsStream(KEYSTORE)) {
            if (in == null) {
                throw new IllegalStateException(KEYSTORE + " is missing from askdb-test-support's resources");
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, KEYSTORE_PASSWORD);
            return store;
        }
    }

    /**
     * A request as it arrived. Header names are lower case.
     *
     * @param query the raw query string, empty when there is none
     */
    public record Recorded(String method, String path, String query, Map<String, List<String>> headers, String body) {

        /** The body as JSON. */
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("the request body is not JSON: " + body, e);
            }
        }

        /** The first value of a header, or null. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        /** The {@code model} of the body, or for Azure the deployment in the path. */
        public String model() {
            if (path.startsWith("/openai/deployments/")) {
                return path.split("/")[3];
            }
            return json().path("model").asText(null);
        }

        boolean isOllama() {
            return path.endsWith("/api/chat");
        }
    }

    /** What the reply's body is rendered from: the request, and a fresh id. */
    public record Rendering(Recorded request, String id) {}

    /** One scripted reply. Immutable; the {@code with…} methods return changed copies. */
    public static final class Reply {

        private final int status;
        private final Map<String, String> headers;
        private final Function<Rendering, String> body;
        private final Duration delay;
        private final boolean hang;

        private Reply(int status, Map<String, String> headers, Function<Rendering, String> body, Duration delay,
                boolean hang) {
            this.status = status;
            this.headers = Map.copyOf(headers);
            this.body = body;
            this.delay = delay;
            this.hang = hang;
        }

        /** A successful answer in the request's wire format, with the given usage. */
        public static Reply chat(String content, long promptTokens, long completionTokens) {
            return new Reply(200, Map.of(), r -> r.request().isOllama()
                    ? ollamaBody(r, content, promptTokens, completionTokens)
                    : openAiBody(r, content, promptTokens, completionTokens), Duration.ZERO, false);
        }

        /** An HTTP error with an OpenAI-style error body. */
        public static Reply status(int status) {
            return error(status, "stub says " + status, "stub_error", String.valueOf(status));
        }

        /**
         * An HTTP error with OpenAI's error body: {@code {"error": {"message", "type", "code"}}}.
         *
         * @param code OpenAI's error code ({@code model_not_found}), or null for a JSON null
         */
        public static Reply error(int status, String message, String type, String code) {
            ObjectNode root = JSON.createObjectNode();
            ObjectNode error = root.putObject("error");
            error.put("message", message);
            error.put("type", type);
            if (code == null) {
                error.putNull("code");
            } else {
                error.put("code", code);
            }
            String body = root.toString();
            return new Reply(status, Map.of(), r -> body, Duration.ZERO, false);
        }

        /** 200 with a body that is not JSON at all. */
        public static Reply garbage() {
            return raw(200, "<html><body>Bad gateway, try again</body></html>");
        }

        /** 200 with JSON cut off in the middle. */
        public static Reply partialJson() {
            return raw(200, "{\"id\":\"chatcmpl-cut\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,"
                    + "\"message\":{\"role\":\"assistant\",\"content\":\"SELECT");
        }

        /** 200, well-formed, with no choices. */
        public static Reply emptyChoices() {
            return raw(200, "{\"id\":\"chatcmpl-empty\",\"object\":\"chat.completion\",\"created\":1700000000,"
                    + "\"model\":\"stub\",\"choices\":[],\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":0,"
                    + "\"total_tokens\":7}}");
        }

        /** Any status with any body. */
        public static Reply raw(int status, String body) {
            return new Reply(status, Map.of(), r -> body, Duration.ZERO, false);
        }

        /** No reply until the stub is closed: the client's time limit must end the call. */
        public static Reply hang() {
            return new Reply(200, Map.of(), r -> "", Duration.ZERO, true);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, more, body, delay, hang);
        }

        /** The same reply, sent after a delay. */
        public Reply after(Duration wait) {
            return new Reply(status, headers, body, wait, hang);
        }

        private static String openAiBody(Rendering r, String content, long prompt, long completion) {
            ObjectNode root = JSON.createObjectNode();
            root.put("id", "chatcmpl-" + r.id());
            root.put("object", "chat.completion");
            root.put("created", 1_700_000_000L);
            root.put("model", r.request().model() == null ? "stub" : r.request().model());
            ArrayNode choices = root.putArray("choices");
            ObjectNode choice = choices.addObject();
            choice.put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", content);
            choice.put("finish_reason", "stop");
            root.putObject("usage").put("prompt_tokens", prompt).put("completion_tokens", completion)
                    .put("total_tokens", prompt + completion);
            return root.toString();
        }

        private static String ollamaBody(Rendering r, String content, long prompt, long completion) {
            ObjectNode root = JSON.createObjectNode();
            root.put("model", r.request().model());
            root.put("created_at", "2025-01-01T00:00:00Z");
            root.putObject("message").put("role", "assistant").put("content", content);
            root.put("done", true);
            root.put("done_reason", "stop");
            root.put("prompt_eval_count", prompt);
            root.put("eval_count", completion);
            return root.toString();
        }
    }
}
