package io.askdb.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.config.AskDbConfig;
import java.time.Duration;
import java.util.Map;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** askdb.* properties in any relaxed form become askdb's environment variables. */
class AskDbSettingsTest {

    @ParameterizedTest
    @CsvSource({
        "llm-provider, LLM_PROVIDER",
        "llmProvider, LLM_PROVIDER",
        "openai-api-key, OPENAI_API_KEY",
        "query-cache-ttl, QUERY_CACHE_TTL",
        "fast-path-confidence, FAST_PATH_CONFIDENCE",
        "rate-limit, ASKDB_RATE_LIMIT",
        "deny-columns, ASKDB_DENY_COLUMNS",
        "max-question-length, ASKDB_MAX_QUESTION_LENGTH",
        "llm.prices, ASKDB_LLM_PRICES",
    })
    void should_name_each_property_as_the_environment_variable_it_stands_for(String key, String variable) {
        assertThat(AskDbSettings.variable(key)).isEqualTo(variable);
    }

    @ParameterizedTest
    @CsvSource({"enabled", "use-data-source", "rest.enabled", "rest.path"})
    void should_keep_the_starters_own_switches_out_of_askdbs_settings(String key) {
        assertThat(AskDbSettings.variable(key)).isNull();
    }

    @Test
    void should_configure_askdb_from_spring_properties_in_any_relaxed_form() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("askdb.rate-limit", "7")
                .withProperty("askdb.fastPathConfidence", "0.9")
                .withProperty("askdb.deny-columns", "shop.customer.secret")
                .withProperty("askdb.rest.enabled", "true");
        environment.getPropertySources().addFirst(
                new SystemEnvironmentPropertySource("systemEnvironment", Map.of("ASKDB_QUERY_CACHE_TTL", "60")));

        AskDbConfig config = AskDbSettings.config(environment);

        assertThat(config.server().rateLimitPerMinute()).isEqualTo(7);
        assertThat(config.pipeline().fastPathConfidence()).isEqualTo(0.9);
        assertThat(config.cache().queryTtl()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.database().denyColumns()).containsExactly("shop.customer.secret");
    }
}
