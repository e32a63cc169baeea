package io.askdb.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The transport under LangChain4j's OpenAI and Ollama clients: the JDK client, as LangChain4j's own
 * default, except that a failed response keeps its headers ({@link ProviderHttpException}), because
 * LangChain4j's {@link HttpException} drops them and with them {@code Retry-After}. It only moves
 * bytes; the providers' wire formats stay LangChain4j's.
 */
final class ProviderHttpClient implements HttpClient {

    private final java.net.http.HttpClient delegate;
    private final Duration readTimeout;

    private ProviderHttpClient(Builder builder) {
        java.net.http.HttpClient.Builder jdk = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1);
        if (builder.connectTimeout != null) {
            jdk.connectTimeout(builder.connectTimeout);
        }
        this.delegate = jdk.build();
        this.readTimeout = builder.readTimeout;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        if (!request.formDataFields().isEmpty() || !request.formDataFiles().isEmpty()) {
            throw new UnsupportedOperationException("multipart requests are not used by askdb");
        }
        java.net.http.HttpRequest.Builder jdkRequest = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
                .method(request.method().name(), request.body() == null
                        ? java.net.http.HttpRequest.BodyPublishers.noBody()
                        : java.net.http.HttpRequest.BodyPublishers.ofString(request.body()));
        request.headers().forEach((name, values) -> values.forEach(value -> jdkRequest.header(name, value)));
        if (readTimeout != null) {
            jdkRequest.timeout(readTimeout);
        }
        try {
            java.net.http.HttpResponse<String> response = delegate.send(jdkRequest.build(), BodyHandlers.ofString());
            Map<String, List<String>> headers = response.headers().map();
            if (response.statusCode() < 200 || response.statusCode() > 299) {
                throw new ProviderHttpException(response.statusCode(), response.body(), headers);
            }
            return SuccessfulHttpResponse.builder()
                    .statusCode(response.statusCode())
                    .headers(headers)
                    .body(response.body())
                    .build();
        } catch (HttpTimeoutException e) {
            throw new TimeoutException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + request.url(), e);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        throw new UnsupportedOperationException("askdb does not stream model answers");
    }

    /** An HTTP failure with the response headers, so that Retry-After can be honoured. */
    static final class ProviderHttpException extends HttpException {

        private static final long serialVersionUID = 1L;

        private final transient Map<String, List<String>> headers;

        ProviderHttpException(int statusCode, String body, Map<String, List<String>> headers) {
            super(statusCode, body);
            this.headers = Map.copyOf(headers);
        }

        /** The first value of a header, matched without regard to case. */
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    static final class Builder implements HttpClientBuilder {

        private Duration connectTimeout;
        private Duration readTimeout;

        @Override
        public Duration connectTimeout() {
            return connectTimeout;
        }

        @Override
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        @Override
        public Duration readTimeout() {
            return readTimeout;
        }

        @Override
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        @Override
        public ProviderHttpClient build() {
            return new ProviderHttpClient(this);
        }
    }
}
