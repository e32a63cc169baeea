package io.askdb.bench.llmstub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code POST /{tenant}/v1/chat/completions} on 127.0.0.1, answered the way OpenAI answers: the
 * gold SQL of the stream question found in the prompt, in a {@code ```sql} block, with token usage
 * (about four characters a token, plus four a message). An unknown model gets OpenAI's 404.
 *
 * <p>Each contestant of the replay talks to its own tenant (the first path segment), so the calls
 * each one made can be read back with {@link #drain(String)} after every question.
 *
 * <p>Time: with a real clock each call waits its model's latency before answering; with a virtual
 * clock it answers at once and the latency is only recorded in the {@link StubCall}, for the
 * replay to add to the question's time.
 *
 * <p>Concurrency: requests run on a cached thread pool; the call logs are concurrent queues.
 */
public final class LlmStubServer implements AutoCloseable {

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm
        // and the client's delayed ACK add about 40 ms to every answer, which would swamp the
        // replay's measured time. Read once, when the server's configuration class loads.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMPLETIONS = "/v1/chat/completions";

    private final HttpServer server;
    private final ExecutorService executor;
    private final AnswerBook answers;
    private final ModelTable models;
    private final boolean virtualClock;
    private final Map<String, ConcurrentLinkedQueue<StubCall>> calls = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    private LlmStubServer(AnswerBook answers, ModelTable models, boolean virtualClock) throws IOException {
        this.answers = answers;
        this.models = models;
        this.virtualClock = virtualClock;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "llm-stub");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static LlmStubServer start(AnswerBook answers, ModelTable models, boolean virtualClock) {
        try {
            return new LlmStubServer(answers, models, virtualClock);
        } catch (IOException e) {
            throw new IllegalStateException("could not start the LLM stub on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    /** The OpenAI base URL for one tenant, for example {@code http://127.0.0.1:4711/askdb/v1}. */
    public String baseUrl(String tenant) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + tenant + "/v1";
    }

    /** The calls served to a tenant since the last drain, oldest first. */
    public List<StubCall> drain(String tenant) {
        ConcurrentLinkedQueue<StubCall> queue = calls.get(tenant);
        List<StubCall> out = new ArrayList<>();
        if (queue != null) {
            for (StubCall call; (call = queue.poll()) != null; ) {
                out.add(call);
            }
        }
        return out;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!"POST".equals(exchange.getRequestMethod()) || !path.endsWith(COMPLETIONS)) {
                send(exchange, 404, error("no route " + exchange.getRequestMethod() + " " + path, "invalid_request_error", null));
                return;
            }
            String tenant = tenantOf(path);
            JsonNode request;
            try (InputStream in = exchange.getRequestBody()) {
                request = JSON.readTree(in);
            } catch (IOException e) {
                send(exchange, 400, error("the body is not JSON: " + e.getMessage(), "invalid_request_error", null));
                return;
            }
            String modelName = request.path("model").asText("");
            Optional<ModelSpec> model = models.find(modelName);
            if (model.isEmpty()) {
                send(exchange, 404, error("The model `" + modelName + "` does not exist or you do not have access to it.",
                        "invalid_request_error", "model_not_found"));
                return;
            }
            send(exchange, 200, complete(tenant, model.get(), request));
        }
    }

    private ObjectNode complete(String tenant, ModelSpec model, JsonNode request) {
        List<String> userMessages = new ArrayList<>();
        long promptTokens = 0;
        for (JsonNode message : request.path("messages")) {
            String text = text(message.path("content"));
            promptTokens += tokens(text) + 4;
            if ("user".equals(message.path("role").asText())) {
                userMessages.add(text);
            }
        }
        Optional<String> sql = answers.answer(userMessages);
        String content = sql.map(s -> "```sql\n" + s + "\n```")
                .orElse("I could not find a question I know in this prompt.");
        long completionTokens = tokens(content);
        Duration latency = model.latency();
        if (!virtualClock) {
            sleep(latency);
        }
        calls.computeIfAbsent(tenant, t -> new ConcurrentLinkedQueue<>())
                .add(new StubCall(model.name(), promptTokens, completionTokens, latency, sql.isPresent()));

        ObjectNode body = JSON.createObjectNode();
        body.put("id", "chatcmpl-stub-" + ids.incrementAndGet());
        body.put("object", "chat.completion");
        body.put("created", System.currentTimeMillis() / 1000);
        body.put("model", request.path("model").asText());
        ObjectNode choice = body.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        choice.put("finish_reason", "stop");
        ObjectNode usage = body.putObject("usage");
        usage.put("prompt_tokens", promptTokens);
        usage.put("completion_tokens", completionTokens);
        usage.put("total_tokens", promptTokens + completionTokens);
        return body;
    }

    /** A message's content: a string, or OpenAI's array of parts of which the text parts count. */
    private static String text(JsonNode content) {
        if (content.isArray()) {
            StringBuilder out = new StringBuilder();
            for (JsonNode part : (ArrayNode) content) {
                out.append(part.path("text").asText(""));
            }
            return out.toString();
        }
        return content.asText("");
    }

    /** About four characters a token, OpenAI's rule of thumb for English text. */
    static long tokens(String text) {
        return (text.length() + 3) / 4;
    }

    private static String tenantOf(String path) {
        String head = path.substring(0, path.length() - COMPLETIONS.length());
        String tenant = head.replaceAll("^/+|/+$", "");
        return tenant.isEmpty() ? "default" : tenant;
    }

    private static ObjectNode error(String message, String type, String code) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("message", message);
        error.put("type", type);
        if (code == null) {
            error.putNull("code");
        } else {
            error.put("code", code);
        }
        return body;
    }

    private static void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(Duration latency) {
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
