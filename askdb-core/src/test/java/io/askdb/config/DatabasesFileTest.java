package io.askdb.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabasesFileTest {

    @TempDir
    Path dir;

    @Test
    void should_offer_each_named_database_with_credentials_from_the_environment() throws IOException {
        Path file = write("""
                {"databases": [
                  {"name": "sales", "url": "jdbc:postgresql://127.0.0.1:5432/sales", "user": "askdb", "passwordEnv": "SALES_PW"},
                  {"name": "hr", "url": "jdbc:h2:mem:hr", "userEnv": "HR_USER"}
                ]}""");

        AskDbConfig config = AskDbConfig.fromMap(Map.of("ASKDB_DATABASES_FILE", file.toString(), "SALES_PW", "pw1",
                "HR_USER", "hr-reader", "ASKDB_MAX_ROWS", "50"));

        assertThat(config.server().databases()).containsOnlyKeys("sales", "hr");
        assertThat(config.server().databases().keySet()).containsExactly("sales", "hr");
        DatabaseSettings sales = config.server().databases().get("sales");
        assertThat(sales.url()).hasValue("jdbc:postgresql://127.0.0.1:5432/sales");
        assertThat(sales.user()).hasValue("askdb");
        assertThat(sales.password()).hasValue("pw1");
        assertThat(sales.maxRows()).isEqualTo(50);
        DatabaseSettings hr = config.server().databases().get("hr");
        assertThat(hr.user()).hasValue("hr-reader");
        assertThat(hr.password()).isEqualTo(Optional.empty());
    }

    @Test
    void should_replace_DATABASE_URL_when_the_file_names_a_default() throws IOException {
        Path file = write("{\"databases\": [{\"name\": \"default\", \"url\": \"jdbc:h2:mem:main\"}, "
                + "{\"name\": \"other\", \"url\": \"jdbc:h2:mem:other\"}]}");

        AskDbConfig config = AskDbConfig.fromMap(Map.of("ASKDB_DATABASES_FILE", file.toString(),
                "DATABASE_URL", "jdbc:h2:mem:ignored"));

        assertThat(config.database().url()).hasValue("jdbc:h2:mem:main");
        assertThat(config.server().databases()).containsOnlyKeys("other");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"dbs\": []}                                                        | must be a JSON object with a \"databases\" array",
        "{\"databases\": [{\"url\": \"jdbc:h2:mem:a\"}]}                       | databases[0] needs a \"name\"",
        "{\"databases\": [{\"name\": \"a\"}]}                                  | databases[0] needs a \"url\"",
        "{\"databases\": [{\"name\": \"a b\", \"url\": \"jdbc:h2:mem:a\"}]}    | the name must be",
        "{\"databases\": [{\"name\": \"a\", \"url\": \"u\", \"password\": \"p\"}]} | unknown field \"password\"",
        "{\"databases\": [{\"name\": \"a\", \"url\": \"u\", \"passwordEnv\": \"NOT_SET_PW\"}]} | passwordEnv names NOT_SET_PW, which is not set",
        "{\"databases\": [{\"name\": \"a\", \"url\": \"u\"}, {\"name\": \"a\", \"url\": \"v\"}]} | databases[1]: the name 'a' is used twice",
        "{\"databases\": [                                                    | cannot be read"
    })
    void should_say_which_entry_is_wrong_when_the_file_is_invalid(String content, String message) throws IOException {
        Path file = write(content);

        assertThatThrownBy(() -> AskDbConfig.fromMap(Map.of("ASKDB_DATABASES_FILE", file.toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ASKDB_DATABASES_FILE " + file)
                .hasMessageContaining(message);
    }

    @Test
    void should_say_so_when_the_file_does_not_exist() {
        Path missing = dir.resolve("missing.json");

        assertThatThrownBy(() -> AskDbConfig.fromMap(Map.of("ASKDB_DATABASES_FILE", missing.toString())))
                .hasMessageContaining(missing + " cannot be read");
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("databases.json"), content);
    }
}
