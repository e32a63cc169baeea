package io.askdb.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.askdb.config.ServerSettings.ApiKey;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerSettingsTest {

    @Test
    void should_read_bare_named_and_admin_keys_when_ASKDB_API_KEYS_mixes_them() {
        ServerSettings settings = AskDbConfig.fromMap(Map.of(
                "ASKDB_API_KEYS", " ops:s3cret-ops:admin , analyst:s3cret-an ,s3cret-bare,",
                "ASKDB_RATE_LIMIT", "30")).server();

        assertThat(settings.apiKeys()).containsExactly(
                new ApiKey("ops", "s3cret-ops", true),
                new ApiKey("analyst", "s3cret-an", false),
                new ApiKey("key3", "s3cret-bare", false));
        assertThat(settings.rateLimitPerMinute()).isEqualTo(30);
        assertThat(settings.authenticationRequired()).isTrue();
    }

    @Test
    void should_leave_the_api_open_with_the_default_limit_when_nothing_is_set() {
        ServerSettings settings = AskDbConfig.fromMap(Map.of()).server();

        assertThat(settings.apiKeys()).isEmpty();
        assertThat(settings.authenticationRequired()).isFalse();
        assertThat(settings.rateLimitPerMinute()).isEqualTo(ServerSettings.DEFAULT_RATE_LIMIT_PER_MINUTE);
        assertThat(settings.databases()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a:s3cret-one:admin:x          | entry 1 has 4",
        "a:s3cret-one:root             | entry 1: the third field must be 'admin'",
        "a:s3cret-one,a:s3cret-two     | entry 2: the name 'a' is used twice",
        "a:s3cret-one,b:s3cret-one     | entry 2: the same key appears twice",
        "bad name:s3cret-one           | entry 1: an API key name must be",
        "ops:                          | entry 1: the API key named 'ops' is empty"
    })
    void should_name_the_entry_but_never_the_key_when_ASKDB_API_KEYS_is_wrong(String value, String message) {
        assertThatThrownBy(() -> AskDbConfig.fromMap(Map.of("ASKDB_API_KEYS", value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ASKDB_API_KEYS " + message)
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void should_refuse_a_negative_rate_limit() {
        assertThatThrownBy(() -> AskDbConfig.fromMap(Map.of("ASKDB_RATE_LIMIT", "-1")))
                .hasMessage("ASKDB_RATE_LIMIT must be >= 0, was -1");
    }

    @Test
    void should_never_show_the_secret_when_a_key_is_printed() {
        assertThat(new ApiKey("ops", "s3cret-ops", true).toString()).isEqualTo("ApiKey[name=ops, admin=true]");
    }
}
