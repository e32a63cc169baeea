package io.askdb.config;

import java.util.Locale;
import java.util.Optional;

/**
 * Which LLM provider to use and how to reach it. {@link Provider#NONE} (the default when nothing
 * is configured) skips the orchestration tier without any connection attempt.
 *
 * @param azureGpt41Deployment the Azure deployment serving the fast model ({@link #defaultModel})
 * @param azureO4miniDeployment the Azure deployment serving the complex model ({@link #complexModel})
 * @param azureApiVersion the Azure OpenAI api-version; empty uses the client's newest
 * @param tuning request parameters, time limits, retries, breaker, load bound and prices
 */
public record LlmSettings(
        Provider provider,
        Optional<String> openAiApiKey,
        Optional<String> openAiBaseUrl,
        Optional<String> azureEndpoint,
        Optional<String> azureApiKey,
        Optional<String> azureGpt41Deployment,
        Optional<String> azureO4miniDeployment,
        Optional<String> ollamaBaseUrl,
        String defaultModel,
        String complexModel,
        Optional<String> azureApiVersion,
        LlmTuning tuning) {

    public static final String DEFAULT_AGENT_MODEL = "gpt-4.1";
    public static final String DEFAULT_COMPLEX_MODEL = "o4-mini";

    /** The settings as before {@code tuning} existed: default tuning, the client's api-version. */
    public LlmSettings(
            Provider provider,
            Optional<String> openAiApiKey,
            Optional<String> openAiBaseUrl,
            Optional<String> azureEndpoint,
            Optional<String> azureApiKey,
            Optional<String> azureGpt41Deployment,
            Optional<String> azureO4miniDeployment,
            Optional<String> ollamaBaseUrl,
            String defaultModel,
            String complexModel) {
        this(provider, openAiApiKey, openAiBaseUrl, azureEndpoint, azureApiKey, azureGpt41Deployment,
                azureO4miniDeployment, ollamaBaseUrl, defaultModel, complexModel, Optional.empty(),
                LlmTuning.defaults());
    }

    /** The supported providers, by their LLM_PROVIDER value. */
    public enum Provider {
        OPENAI,
        AZURE,
        OLLAMA,
        NONE;

        static Provider parse(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "LLM_PROVIDER must be one of openai, azure, ollama, none; was '" + value + "'", e);
            }
        }
    }

    static LlmSettings from(EnvReader env) {
        Provider provider = env.string("LLM_PROVIDER").map(Provider::parse).orElseGet(() -> inferProvider(env));
        LlmSettings settings = new LlmSettings(
                provider,
                env.string("OPENAI_API_KEY"),
                env.string("OPENAI_BASE_URL"),
                env.string("AZURE_OPENAI_ENDPOINT"),
                env.string("AZURE_OPENAI_API_KEY"),
                env.string("AZURE_OPENAI_GPT41_DEPLOYMENT"),
                env.string("AZURE_OPENAI_O4MINI_DEPLOYMENT"),
                env.string("OLLAMA_BASE_URL"),
                env.string("DEFAULT_AGENT_MODEL", DEFAULT_AGENT_MODEL),
                env.string("COMPLEX_AGENT_MODEL", DEFAULT_COMPLEX_MODEL),
                env.string("AZURE_OPENAI_API_VERSION"),
                LlmTuning.from(env));
        settings.validate();
        return settings;
    }

    /** Without LLM_PROVIDER, a provider counts as configured when its address or key is set. */
    private static Provider inferProvider(EnvReader env) {
        if (env.string("OPENAI_API_KEY").isPresent() || env.string("OPENAI_BASE_URL").isPresent()) {
            return Provider.OPENAI;
        }
        if (env.string("AZURE_OPENAI_ENDPOINT").isPresent()) {
            return Provider.AZURE;
        }
        if (env.string("OLLAMA_BASE_URL").isPresent()) {
            return Provider.OLLAMA;
        }
        return Provider.NONE;
    }

    private void validate() {
        if (provider == Provider.AZURE && (azureEndpoint.isEmpty() || azureApiKey.isEmpty())) {
            throw new IllegalArgumentException(
                    "LLM_PROVIDER=azure needs AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_API_KEY");
        }
        if (provider == Provider.OPENAI && openAiApiKey.isEmpty() && openAiBaseUrl.isEmpty()) {
            throw new IllegalArgumentException("LLM_PROVIDER=openai needs OPENAI_API_KEY or OPENAI_BASE_URL");
        }
    }

    public boolean enabled() {
        return provider != Provider.NONE;
    }

    /** No LLM at all: what {@code --offline} uses. */
    public LlmSettings disabled() {
        return new LlmSettings(Provider.NONE, openAiApiKey, openAiBaseUrl, azureEndpoint, azureApiKey,
                azureGpt41Deployment, azureO4miniDeployment, ollamaBaseUrl, defaultModel, complexModel,
                azureApiVersion, tuning);
    }

    /** The same settings with other tuning. */
    public LlmSettings withTuning(LlmTuning newTuning) {
        return new LlmSettings(provider, openAiApiKey, openAiBaseUrl, azureEndpoint, azureApiKey,
                azureGpt41Deployment, azureO4miniDeployment, ollamaBaseUrl, defaultModel, complexModel,
                azureApiVersion, newTuning);
    }
}
