package io.askdb.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code ASKDB_DATABASES_FILE}: a JSON file naming the databases a server offers.
 *
 * <pre>{@code
 * {"databases": [
 *   {"name": "sales", "url": "jdbc:postgresql://db:5432/sales", "user": "askdb", "passwordEnv": "SALES_DB_PASSWORD"},
 *   {"name": "hr", "url": "jdbc:mariadb://db:3306/hr", "userEnv": "HR_DB_USER", "passwordEnv": "HR_DB_PASSWORD"}
 * ]}
 * }</pre>
 *
 * Passwords never sit in the file: {@code passwordEnv} names the variable holding it. Every other
 * setting (row limit, timeout, pool size, denied columns) is taken from the global database settings.
 */
final class DatabasesFile {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Set<String> FIELDS = Set.of("name", "url", "user", "userEnv", "passwordEnv");

    private DatabasesFile() {}

    static Map<String, DatabaseSettings> read(Path file, EnvReader env, DatabaseSettings base) {
        String where = "ASKDB_DATABASES_FILE " + file;
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(where + " cannot be read: " + e.getMessage(), e);
        }
        JsonNode list = root == null ? null : root.get("databases");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException(where + " must be a JSON object with a \"databases\" array");
        }
        Map<String, DatabaseSettings> databases = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String entryWhere = where + ", databases[" + i + "]";
            JsonNode entry = list.get(i);
            if (!entry.isObject()) {
                throw new IllegalArgumentException(entryWhere + " must be an object");
            }
            for (Iterator<String> it = entry.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!FIELDS.contains(field)) {
                    throw new IllegalArgumentException(entryWhere + " has the unknown field \"" + field + "\"; known: "
                            + FIELDS + (field.equals("password") ? " (name the variable holding it in passwordEnv)" : ""));
                }
            }
            String name = text(entry, "name").orElseThrow(() -> new IllegalArgumentException(entryWhere + " needs a \"name\""));
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(entryWhere + ": the name must be 1-64 letters, digits, '_' or '-', was '"
                        + name + "'");
            }
            String url = text(entry, "url").orElseThrow(() -> new IllegalArgumentException(entryWhere + " needs a \"url\""));
            Optional<String> user = text(entry, "user").or(() -> fromEnv(entry, "userEnv", env, entryWhere));
            Optional<String> password = fromEnv(entry, "passwordEnv", env, entryWhere);
            if (databases.put(name, new DatabaseSettings(Optional.of(url), user, password, base.denyColumns(),
                    base.maxRows(), base.statementTimeout(), base.poolSize(), base.connectTimeout())) != null) {
                throw new IllegalArgumentException(entryWhere + ": the name '" + name + "' is used twice");
            }
        }
        return databases;
    }

    private static Optional<String> text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText().trim());
    }

    private static Optional<String> fromEnv(JsonNode entry, String field, EnvReader env, String where) {
        Optional<String> variable = text(entry, field);
        if (variable.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> value = env.string(variable.get());
        if (value.isEmpty()) {
            throw new IllegalArgumentException(where + ": " + field + " names " + variable.get() + ", which is not set");
        }
        return value;
    }
}
