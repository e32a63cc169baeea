package io.askdb.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How askdb talks to its models: request parameters per kind of model, time limits, retries, the
 * circuit breaker, the load bound on the complex model, and the price table.
 *
 * @param reasoningModels model or deployment names sent {@code max_completion_tokens} and no
 *     temperature, in addition to the o-series and gpt-5 families ({@code ASKDB_REASONING_MODELS})
 * @param standardModels names always sent {@code max_tokens} and a temperature, even when they look
 *     like a reasoning model ({@code ASKDB_STANDARD_MODELS})
 * @param maxTokens {@code max_tokens} for standard models
 * @param reasoningMaxTokens {@code max_completion_tokens} for reasoning models; larger, because
 *     their hidden reasoning is counted in it
 * @param temperature for standard models
 * @param timeout time limit of one call to a standard model
 * @param reasoningTimeout time limit of one call to a reasoning model
 * @param maxRetries further attempts after a retryable failure (429, 5xx, connection reset)
 * @param retryBackoff the first wait between attempts; doubled for each further attempt
 * @param maxRetryWait a provider asking to wait longer (Retry-After) is not retried
 * @param breakerFailures consecutive failures of one model that open its circuit
 * @param breakerOpenDuration how long an open circuit skips the model before one trial call
 * @param complexMaxInFlight complex-model calls allowed at once; more go to the fast model
 * @param prices USD per million prompt and completion tokens, by model name, lower case
 */
public record LlmTuning(
        Set<String> reasoningModels,
        Set<String> standardModels,
        int maxTokens,
        int reasoningMaxTokens,
        double temperature,
        Duration timeout,
        Duration reasoningTimeout,
        int maxRetries,
        Duration retryBackoff,
        Duration maxRetryWait,
        int breakerFailures,
        Duration breakerOpenDuration,
        int complexMaxInFlight,
        Map<String, Price> prices) {

    public static final int DEFAULT_MAX_TOKENS = 1000;
    public static final int DEFAULT_REASONING_MAX_TOKENS = 4000;
    public static final double DEFAULT_TEMPERATURE = 0.1;
    public static final long DEFAULT_TIMEOUT_SECONDS = 30;
    public static final long DEFAULT_REASONING_TIMEOUT_SECONDS = 90;
    public static final int DEFAULT_MAX_RETRIES = 2;
    public static final long DEFAULT_RETRY_BACKOFF_MS = 500;
    public static final long DEFAULT_MAX_RETRY_WAIT_SECONDS = 10;
    public static final int DEFAULT_BREAKER_FAILURES = 5;
    /** Short, so that answers return within about a second of the provider's return; a trial is one call. */
    public static final long DEFAULT_BREAKER_OPEN_SECONDS = 1;
    public static final int DEFAULT_COMPLEX_MAX_IN_FLIGHT = 8;

    /** OpenAI list prices (standard tier, USD per 1M tokens); ASKDB_LLM_PRICES adds or replaces. */
    public static final Map<String, Price> DEFAULT_PRICES = Map.ofEntries(
            Map.entry("gpt-4.1", new Price(2.00, 8.00)),
            Map.entry("gpt-4.1-mini", new Price(0.40, 1.60)),
            Map.entry("gpt-4.1-nano", new Price(0.10, 0.40)),
            Map.entry("gpt-4o", new Price(2.50, 10.00)),
            Map.entry("gpt-4o-mini", new Price(0.15, 0.60)),
            Map.entry("o4-mini", new Price(1.10, 4.40)),
            Map.entry("o3", new Price(2.00, 8.00)),
            Map.entry("o3-mini", new Price(1.10, 4.40)),
            Map.entry("o1", new Price(15.00, 60.00)),
            Map.entry("o1-mini", new Price(1.10, 4.40)));

    /** Price of a model in USD per million tokens. */
    public record Price(double inputPerMillion, double outputPerMillion) {
        public Price {
            if (!(inputPerMillion >= 0) || !(outputPerMillion >= 0)) {
                throw new IllegalArgumentException(
                        "prices must be >= 0, were " + inputPerMillion + "/" + outputPerMillion);
            }
        }

        public double cost(long promptTokens, long completionTokens) {
            return (promptTokens * inputPerMillion + completionTokens * outputPerMillion) / 1_000_000.0;
        }
    }

    public LlmTuning {
        reasoningModels = lowerCase(reasoningModels);
        standardModels = lowerCase(standardModels);
        prices = prices.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(
                        e -> e.getKey().trim().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> b));
        requirePositive("ASKDB_LLM_MAX_TOKENS", maxTokens);
        requirePositive("ASKDB_REASONING_MAX_TOKENS", reasoningMaxTokens);
        requirePositive("ASKDB_LLM_BREAKER_FAILURES", breakerFailures);
        requirePositive("ASKDB_COMPLEX_MAX_INFLIGHT", complexMaxInFlight);
        if (!(temperature >= 0 && temperature <= 2)) {
            throw new IllegalArgumentException("ASKDB_LLM_TEMPERATURE must be in [0, 2], was " + temperature);
        }
        requirePositive("ASKDB_LLM_TIMEOUT", timeout);
        requirePositive("ASKDB_REASONING_LLM_TIMEOUT", reasoningTimeout);
        requirePositive("ASKDB_LLM_BREAKER_OPEN", breakerOpenDuration);
        if (maxRetries < 0) {
            throw new IllegalArgumentException("ASKDB_LLM_MAX_RETRIES must be >= 0, was " + maxRetries);
        }
        if (retryBackoff.isNegative() || maxRetryWait.isNegative()) {
            throw new IllegalArgumentException("ASKDB_LLM_RETRY_BACKOFF_MS and ASKDB_LLM_MAX_RETRY_WAIT must be >= 0");
        }
    }

    public static LlmTuning defaults() {
        return from(new EnvReader(Map.of()));
    }

    static LlmTuning from(EnvReader env) {
        return new LlmTuning(
                Set.copyOf(env.list("ASKDB_REASONING_MODELS", List.of())),
                Set.copyOf(env.list("ASKDB_STANDARD_MODELS", List.of())),
                env.integer("ASKDB_LLM_MAX_TOKENS", DEFAULT_MAX_TOKENS, 1),
                env.integer("ASKDB_REASONING_MAX_TOKENS", DEFAULT_REASONING_MAX_TOKENS, 1),
                env.decimal("ASKDB_LLM_TEMPERATURE", DEFAULT_TEMPERATURE, 0),
                env.seconds("ASKDB_LLM_TIMEOUT", DEFAULT_TIMEOUT_SECONDS),
                env.seconds("ASKDB_REASONING_LLM_TIMEOUT", DEFAULT_REASONING_TIMEOUT_SECONDS),
                env.integer("ASKDB_LLM_MAX_RETRIES", DEFAULT_MAX_RETRIES, 0),
                Duration.ofMillis(env.integer("ASKDB_LLM_RETRY_BACKOFF_MS", (int) DEFAULT_RETRY_BACKOFF_MS, 0)),
                env.seconds("ASKDB_LLM_MAX_RETRY_WAIT", DEFAULT_MAX_RETRY_WAIT_SECONDS),
                env.integer("ASKDB_LLM_BREAKER_FAILURES", DEFAULT_BREAKER_FAILURES, 1),
                env.seconds("ASKDB_LLM_BREAKER_OPEN", DEFAULT_BREAKER_OPEN_SECONDS),
                env.integer("ASKDB_COMPLEX_MAX_INFLIGHT", DEFAULT_COMPLEX_MAX_IN_FLIGHT, 1),
                prices(env.list("ASKDB_LLM_PRICES", List.of())));
    }

    /** The defaults with {@code model=input/output} entries laid over them. */
    private static Map<String, Price> prices(List<String> entries) {
        Map<String, Price> prices = new LinkedHashMap<>(DEFAULT_PRICES);
        for (String entry : entries) {
            int eq = entry.indexOf('=');
            int slash = entry.indexOf('/', eq + 1);
            if (eq <= 0 || slash < 0) {
                throw new IllegalArgumentException(
                        "ASKDB_LLM_PRICES entries must look like model=input/output (USD per 1M tokens), was '"
                                + entry + "'");
            }
            try {
                prices.put(
                        entry.substring(0, eq).trim().toLowerCase(Locale.ROOT),
                        new Price(
                                Double.parseDouble(entry.substring(eq + 1, slash).trim()),
                                Double.parseDouble(entry.substring(slash + 1).trim())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("ASKDB_LLM_PRICES has a price that is not a number: '" + entry + "'", e);
            }
        }
        return prices;
    }

    private static Set<String> lowerCase(Set<String> names) {
        return names.stream().map(n -> n.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, was " + value);
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be > 0, was " + value);
        }
    }
}
