package io.askdb.bench.replay;

import io.askdb.AskDb;
import io.askdb.config.AskDbConfig;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * askdb through its facade, configured from a map as the environment would configure it, with
 * its LLM at the stub. The baseline is the same pipeline with the cache and the fast path off and
 * both model roles given to the complex model, so the two differ only in what askdb adds.
 */
final class AskDbContestant implements Contestant {

    private final String name;
    private final String description;
    private final AskDb askdb;
    private final boolean noCache;

    private AskDbContestant(String name, String description, Map<String, String> env, boolean noCache) {
        this.name = name;
        this.description = description;
        this.askdb = AskDb.builder().config(AskDbConfig.fromMap(env)).build();
        this.noCache = noCache;
    }

    /** askdb as configured by default: every tier on, gpt-4.1 for most questions, o4-mini for complex ones. */
    static AskDbContestant byDefault(String databaseUrl, String baseUrl, String prices) {
        return new AskDbContestant("askdb", "askdb defaults: cache, fast path, routed orchestration (gpt-4.1 / o4-mini)",
                env(databaseUrl, baseUrl, prices), false);
    }

    /**
     * Every question to one model: FAST_PATH_CONFIDENCE above 1, both model roles that model,
     * requests with noCache. With o4-mini (the complex model) it is the design's baseline; with
     * gpt-4.1 (the default model) it shows what the cache and the fast path alone save.
     */
    static AskDbContestant baseline(String name, String model, String databaseUrl, String baseUrl, String prices) {
        Map<String, String> env = env(databaseUrl, baseUrl, prices);
        env.put("FAST_PATH_CONFIDENCE", "1.01");
        env.put("DEFAULT_AGENT_MODEL", model);
        env.put("COMPLEX_AGENT_MODEL", model);
        return new AskDbContestant(name,
                "askdb's orchestration only: no cache (noCache), no fast path (FAST_PATH_CONFIDENCE=1.01), " + model
                        + " for all",
                env, true);
    }

    /** What the environment would hold: the database, the LLM at the stub, the replay's prices. */
    private static Map<String, String> env(String databaseUrl, String baseUrl, String prices) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DATABASE_URL", databaseUrl);
        env.put("LLM_PROVIDER", "openai");
        env.put("OPENAI_BASE_URL", baseUrl);
        env.put("OPENAI_API_KEY", "replay");
        env.put("ASKDB_LLM_PRICES", prices);
        return env;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Outcome ask(String question) {
        QueryResponse response = askdb.ask(QueryRequest.of(question).withNoCache(noCache));
        String tier = response.tier() == null ? null : response.tier().wireName();
        Outcome.Routing routing = routing(response.details().get("routing"));
        if (!response.success()) {
            return new Outcome(null, response.sql(), tier,
                    response.error() == null ? "failed" : response.error().code() + ": " + response.error().message(),
                    routing);
        }
        return new Outcome(response.rows(), response.sql(), tier, null, routing);
    }

    /** The response's {@code details.routing}: model, complex, the difficulty score and the reasoning. */
    static Outcome.Routing routing(Object details) {
        if (!(details instanceof Map<?, ?> map) || map.get("model") == null) {
            return null;
        }
        String reasoning = String.valueOf(map.get("reasoning"));
        double score = map.get("score") instanceof Number n ? n.doubleValue() : Double.NaN;
        return new Outcome.Routing(String.valueOf(map.get("model")), Boolean.TRUE.equals(map.get("complex")), score,
                reasoning);
    }

    @Override
    public void close() {
        askdb.close();
    }
}
