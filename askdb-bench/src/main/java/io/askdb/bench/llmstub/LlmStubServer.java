package io.askdb.bench.llmstub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.askdb.testing.OpenAiStubServer;
import io.askdb.testing.OpenAiStubServer.Recorded;
import io.askdb.testing.OpenAiStubServer.Reply;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * {@code POST /{tenant}/v1/chat/completions} on 127.0.0.1, answered the way OpenAI answers: the
 * gold SQL of the stream question found in the prompt, or the mistake the {@link ModelSkill} says
 * this model makes on it, in a {@code ```sql} block, with token usage (about four characters a
 * token, plus four a message, plus the reasoning tokens of a reasoning model, counted among the
 * completion tokens as OpenAI counts them). An unknown model gets OpenAI's 404.
 *
 * <p>The wire format is the shared {@link OpenAiStubServer}'s (askdb-test-support); this class is
 * the replay's answer policy on top of it: what to answer, what it costs, how long it takes.
 *
 * <p>Each contestant of the replay talks to its own tenant (the first path segment), so the calls
 * each one made can be read back with {@link #drain(String)} after every question.
 *
 * <p>Time: with a real clock each call waits its model's latency before answering; with a virtual
 * clock it answers at once and the latency is only recorded in the {@link StubCall}, for the
 * replay to add to the question's time.
 *
 * <p>Concurrency: the shared stub answers on a cached thread pool; the call logs are concurrent queues.
 */
public final class LlmStubServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMPLETIONS = "/v1/chat/completions";

    private final OpenAiStubServer server;
    private final AnswerBook answers;
    private final ModelTable models;
    private final boolean virtualClock;
    private final ModelSkill skill;
    private final Map<String, ConcurrentLinkedQueue<StubCall>> calls = new ConcurrentHashMap<>();

    private LlmStubServer(AnswerBook answers, ModelTable models, boolean virtualClock, ModelSkill skill) {
        this.answers = answers;
        this.skill = skill;
        this.models = models;
        this.virtualClock = virtualClock;
        // A replay sends thousands of long prompts: the calls are kept here, not the requests.
        this.server = OpenAiStubServer.start().recordRequests(false).otherwise(this::answer);
    }

    public static LlmStubServer start(AnswerBook answers, ModelTable models, boolean virtualClock) {
        return start(answers, models, virtualClock, ModelSkill.PERFECT);
    }

    /** A stub whose models answer as {@code skill} says: sometimes wrong, reasoning models with reasoning tokens. */
    public static LlmStubServer start(AnswerBook answers, ModelTable models, boolean virtualClock, ModelSkill skill) {
        try {
            return new LlmStubServer(answers, models, virtualClock, skill);
        } catch (RuntimeException e) {
            throw new IllegalStateException("could not start the LLM stub on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    /** The OpenAI base URL for one tenant, for example {@code http://127.0.0.1:4711/askdb/v1}. */
    public String baseUrl(String tenant) {
        return server.origin() + "/" + tenant + "/v1";
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

    private Reply answer(Recorded request) {
        if (!"POST".equals(request.method()) || !request.path().endsWith(COMPLETIONS)) {
            return Reply.error(404, "no route " + request.method() + " " + request.path(), "invalid_request_error", null);
        }
        JsonNode body;
        try {
            body = JSON.readTree(request.body());
        } catch (IOException e) {
            return Reply.error(400, "the body is not JSON: " + e.getMessage(), "invalid_request_error", null);
        }
        String modelName = body.path("model").asText("");
        Optional<ModelSpec> model = models.find(modelName);
        if (model.isEmpty()) {
            return Reply.error(404, "The model `" + modelName + "` does not exist or you do not have access to it.",
                    "invalid_request_error", "model_not_found");
        }
        return complete(tenantOf(request.path()), model.get(), body);
    }

    private Reply complete(String tenant, ModelSpec model, JsonNode request) {
        List<String> userMessages = new ArrayList<>();
        long promptTokens = 0;
        for (JsonNode message : request.path("messages")) {
            String text = text(message.path("content"));
            promptTokens += tokens(text) + 4;
            if ("user".equals(message.path("role").asText())) {
                userMessages.add(text);
            }
        }
        Optional<String> gold = answers.answer(userMessages);
        Optional<String> sql = gold.map(g -> skill.answer(model.name(), g));
        boolean wrong = sql.isPresent() && !sql.get().equals(gold.get());
        String content = sql.map(s -> "```sql\n" + s + "\n```")
                .orElse("I could not find a question I know in this prompt.");
        // OpenAI counts a reasoning model's reasoning tokens among the completion tokens it reports.
        long reasoningTokens = gold.map(g -> skill.reasoningTokens(model.name(), g)).orElse(0L);
        long completionTokens = tokens(content) + reasoningTokens;
        Duration latency = model.latency();
        calls.computeIfAbsent(tenant, t -> new ConcurrentLinkedQueue<>())
                .add(new StubCall(model.name(), promptTokens, completionTokens, reasoningTokens, latency,
                        sql.isPresent(), wrong));
        return Reply.chat(content, promptTokens, completionTokens).after(virtualClock ? Duration.ZERO : latency);
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

    @Override
    public void close() {
        server.close();
    }
}
