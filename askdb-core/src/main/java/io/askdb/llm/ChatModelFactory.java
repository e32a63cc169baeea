package io.askdb.llm;

import com.azure.ai.openai.OpenAIServiceVersion;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpClientProvider;
import com.azure.core.util.HttpClientOptions;
import dev.langchain4j.model.azure.AzureOpenAiChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.askdb.config.LlmSettings;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Builds LangChain4j's client for one model of the configured provider, with the parameters of
 * its {@link ModelProfile}. The clients' own retries are off ({@code maxRetries(0)}): retries,
 * time limits and the breaker are {@link ModelEndpoint}'s, the same for every provider. Building
 * a client opens no connection.
 */
final class ChatModelFactory {

    static final String OPENAI_DEFAULT_BASE_URL = "https://api.openai.com/v1";
    static final String OLLAMA_DEFAULT_BASE_URL = "http://localhost:11434";

    private final LlmSettings settings;
    private final Optional<HttpClient> azureHttpClient;

    /** @param azureHttpClient replaces the Azure SDK's HTTP client (tests trust a local certificate) */
    ChatModelFactory(LlmSettings settings, Optional<HttpClient> azureHttpClient) {
        this.settings = settings;
        this.azureHttpClient = azureHttpClient;
    }

    /** The name the provider knows a model by: on Azure the deployment of its role. */
    String wireName(String model, boolean complexRole) {
        if (settings.provider() != LlmSettings.Provider.AZURE) {
            return model;
        }
        return (complexRole ? settings.azureO4miniDeployment() : settings.azureGpt41Deployment()).orElse(model);
    }

    ChatModel build(ModelProfile profile) {
        return switch (settings.provider()) {
            case OPENAI -> openAi(profile);
            case AZURE -> azure(profile);
            case OLLAMA -> ollama(profile);
            case NONE -> throw new IllegalStateException("LLM_PROVIDER=none builds no model");
        };
    }

    private ChatModel openAi(ModelProfile profile) {
        OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
                .baseUrl(settings.openAiBaseUrl().orElse(OPENAI_DEFAULT_BASE_URL))
                .apiKey(settings.openAiApiKey().orElse(null))
                .modelName(profile.wireName())
                .httpClientBuilder(new ProviderHttpClient.Builder())
                .timeout(profile.timeout())
                .maxRetries(0);
        if (profile.reasoning()) {
            builder.maxCompletionTokens(profile.maxTokens());
        } else {
            builder.maxTokens(profile.maxTokens()).temperature(profile.temperature().getAsDouble());
        }
        return builder.build();
    }

    private ChatModel azure(ModelProfile profile) {
        AzureOpenAiChatModel.Builder builder = AzureOpenAiChatModel.builder()
                .endpoint(settings.azureEndpoint().orElseThrow())
                .apiKey(settings.azureApiKey().orElseThrow())
                .deploymentName(profile.wireName())
                .timeout(profile.timeout())
                .maxRetries(0);
        settings.azureApiVersion().map(ChatModelFactory::supportedAzureVersion).ifPresent(builder::serviceVersion);
        azureHttpClient.ifPresent(client -> builder.httpClientProvider(new FixedHttpClientProvider(client)));
        if (profile.reasoning()) {
            builder.maxCompletionTokens(profile.maxTokens());
        } else {
            builder.maxTokens(profile.maxTokens()).temperature(profile.temperature().getAsDouble());
        }
        return builder.build();
    }

    /** The client quietly uses its newest version for one it does not know; refuse that instead. */
    static String supportedAzureVersion(String version) {
        List<String> known = Arrays.stream(OpenAIServiceVersion.values()).map(OpenAIServiceVersion::getVersion).toList();
        if (!known.contains(version)) {
            throw new IllegalArgumentException(
                    "AZURE_OPENAI_API_VERSION must be one of " + known + ", was '" + version + "'");
        }
        return version;
    }

    private ChatModel ollama(ModelProfile profile) {
        OllamaChatModel.OllamaChatModelBuilder builder = OllamaChatModel.builder()
                .baseUrl(settings.ollamaBaseUrl().orElse(OLLAMA_DEFAULT_BASE_URL))
                .modelName(profile.wireName())
                .httpClientBuilder(new ProviderHttpClient.Builder())
                .timeout(profile.timeout())
                .maxRetries(0);
        builder.numPredict(profile.maxTokens());
        profile.temperature().ifPresent(builder::temperature);
        return builder.build();
    }

    private record FixedHttpClientProvider(HttpClient client) implements HttpClientProvider {
        @Override
        public HttpClient createInstance() {
            return client;
        }

        @Override
        public HttpClient createInstance(HttpClientOptions options) {
            return client;
        }
    }
}
