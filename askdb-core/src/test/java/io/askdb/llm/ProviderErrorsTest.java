package io.askdb.llm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RateLimitException;
import io.askdb.api.ErrorCode;
import io.askdb.llm.LlmUnavailableException.Reason;
import io.askdb.llm.ProviderHttpClient.ProviderHttpException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProviderErrorsTest {

    @ParameterizedTest(name = "HTTP {0} → {1}")
    @CsvSource({
        "429, RATE_LIMITED, true, true, true",
        "500, SERVER_ERROR, true, true, true",
        "502, SERVER_ERROR, true, true, true",
        "503, SERVER_ERROR, true, true, true",
        "408, SERVER_ERROR, true, true, true",
        "400, BAD_REQUEST, false, false, false",
        "422, BAD_REQUEST, false, false, false",
        "401, AUTHENTICATION, false, true, false",
        "403, AUTHENTICATION, false, true, false",
        "404, MODEL_NOT_FOUND, false, true, false"
    })
    void should_translate_statuses_by_one_table(int status, Reason reason, boolean retriedAtOnce,
            boolean countsTowardsBreaker, boolean retryableLater) {
        LlmUnavailableException e = ProviderErrors.translate(new HttpException(status, "{}"), "gpt-4.1");

        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.code()).isEqualTo(ErrorCode.LLM_UNAVAILABLE);
        assertThat(e.reason().retriedAtOnce()).isEqualTo(retriedAtOnce);
        assertThat(e.reason().countsTowardsBreaker()).isEqualTo(countsTowardsBreaker);
        assertThat(e.retryable()).isEqualTo(retryableLater);
        assertThat(e.model()).isEqualTo("gpt-4.1");
    }

    @Test
    void should_find_the_retry_after_header_under_langchain4j_wrapping() {
        ProviderHttpException http = new ProviderHttpException(429, "slow down", Map.of("Retry-After", List.of("2")));

        LlmUnavailableException e = ProviderErrors.translate(new RateLimitException(http), "o4-mini");

        assertThat(e.reason()).isEqualTo(Reason.RATE_LIMITED);
        assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(2));
        assertThat(e.getMessage()).isEqualTo("o4-mini answered HTTP 429: slow down");
    }

    @Test
    void should_treat_a_refused_connection_as_retryable() {
        LlmUnavailableException e = ProviderErrors.translate(
                new RuntimeException(new UncheckedIOException(new ConnectException("Connection refused"))), "m");

        assertThat(e.reason()).isEqualTo(Reason.CONNECTION);
        assertThat(e.reason().retriedAtOnce()).isTrue();
    }

    @Test
    void should_treat_an_unexpected_client_failure_as_a_malformed_answer() {
        LlmUnavailableException e = ProviderErrors.translate(new IndexOutOfBoundsException("0"), "m");

        assertThat(e.reason()).isEqualTo(Reason.MALFORMED_RESPONSE);
    }

    @ParameterizedTest(name = "retry-after-ms={0}, Retry-After={1} → {2} ms")
    @CsvSource(nullValues = "null", value = {
        "250, 7, 250",
        "null, 3, 3000",
        "null, 1.5, 1500",
        "null, 'Thu, 01 Jan 2026 00:00:30 GMT', 30000",
        "null, 'Thu, 01 Jan 2026 00:00:00 GMT', 0"
    })
    void should_read_the_wait_a_provider_asks_for(String millis, String header, long expectedMillis) {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(ProviderErrors.retryAfter(millis, header, now)).hasValue(Duration.ofMillis(expectedMillis));
    }

    @Test
    void should_ignore_an_unreadable_retry_after() {
        assertThat(ProviderErrors.retryAfter(null, "soon", Instant.EPOCH)).isEmpty();
        assertThat(ProviderErrors.retryAfter("x", null, Instant.EPOCH)).isEmpty();
        assertThat(ProviderErrors.retryAfter(null, null, Instant.EPOCH)).isEmpty();
    }
}
