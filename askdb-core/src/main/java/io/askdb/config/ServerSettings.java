package io.askdb.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How {@code askdb serve} guards and offers its API.
 *
 * <p>{@code ASKDB_API_KEYS} is a comma-separated list of entries, each {@code key},
 * {@code name:key} or {@code name:key:admin}. The name becomes the request's access scope and
 * appears in logs (the key never does); a bare key is named {@code keyN} after its position. Only
 * admin keys may clear or invalidate the caches. Keys may not contain {@code ,} or {@code :}.
 *
 * @param apiKeys the accepted keys; empty leaves the API open to anyone who can reach it
 * @param rateLimitPerMinute requests per key (or per client address without keys) and minute; 0 turns it off
 * @param databases the further databases of {@code ASKDB_DATABASES_FILE} by name, in file order
 *     (an entry named {@code default} replaces {@code DATABASE_URL} and is not listed here)
 * @param openKnowledgeWrites {@code ASKDB_OPEN_KNOWLEDGE_WRITES=true}: with no API keys, anyone may add
 *     knowledge (examples and notes that steer the LLM); false (the default) refuses such writes
 *     until an admin key exists
 * @param admission how many questions run at once and how many may wait ({@code ASKDB_MAX_CONCURRENT},
 *     {@code ASKDB_QUEUE_SIZE}, {@code ASKDB_QUEUE_WAIT})
 */
public record ServerSettings(List<ApiKey> apiKeys, int rateLimitPerMinute, Map<String, DatabaseSettings> databases,
        boolean openKnowledgeWrites, Admission admission) {

    public static final int DEFAULT_RATE_LIMIT_PER_MINUTE = 120;
    public static final int DEFAULT_MAX_CONCURRENT = 32;
    public static final int DEFAULT_QUEUE_SIZE = 64;
    public static final long DEFAULT_QUEUE_WAIT_SECONDS = 2;

    /**
     * The bounded queue in front of the question endpoints.
     *
     * @param maxConcurrent questions answered at once
     * @param queueSize questions that may wait for a turn; one more is refused at once (503)
     * @param queueWait how long a question waits for its turn before it is refused (503)
     */
    public record Admission(int maxConcurrent, int queueSize, java.time.Duration queueWait) {

        public Admission {
            if (maxConcurrent < 1) {
                throw new IllegalArgumentException("ASKDB_MAX_CONCURRENT must be >= 1, was " + maxConcurrent);
            }
            if (queueSize < 0) {
                throw new IllegalArgumentException("ASKDB_QUEUE_SIZE must be >= 0, was " + queueSize);
            }
            if (queueWait.isNegative()) {
                throw new IllegalArgumentException("ASKDB_QUEUE_WAIT must be >= 0, was " + queueWait.toSeconds());
            }
        }

        public static Admission defaults() {
            return new Admission(DEFAULT_MAX_CONCURRENT, DEFAULT_QUEUE_SIZE,
                    java.time.Duration.ofSeconds(DEFAULT_QUEUE_WAIT_SECONDS));
        }
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public ServerSettings {
        apiKeys = List.copyOf(apiKeys);
        databases = Collections.unmodifiableMap(new LinkedHashMap<>(databases));
        java.util.Objects.requireNonNull(admission, "admission");
        if (rateLimitPerMinute < 0) {
            throw new IllegalArgumentException("ASKDB_RATE_LIMIT must be >= 0, was " + rateLimitPerMinute);
        }
    }

    /** Settings that keep knowledge writes closed without an admin key, with the default queue. */
    public ServerSettings(List<ApiKey> apiKeys, int rateLimitPerMinute, Map<String, DatabaseSettings> databases) {
        this(apiKeys, rateLimitPerMinute, databases, false, Admission.defaults());
    }

    /** An API key with its name; {@link #toString()} never shows the secret. */
    public record ApiKey(String name, String secret, boolean admin) {

        public ApiKey {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("an API key name must be 1-64 letters, digits, '_', '.' or '-', was '"
                        + name + "'");
            }
            if (secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("the API key named '" + name + "' is empty");
            }
        }

        @Override
        public String toString() {
            return "ApiKey[name=" + name + ", admin=" + admin + "]";
        }
    }

    /** The API open, the default rate limit, no further databases. */
    public static ServerSettings defaults() {
        return new ServerSettings(List.of(), DEFAULT_RATE_LIMIT_PER_MINUTE, Map.of(), false, Admission.defaults());
    }

    static ServerSettings from(EnvReader env, Map<String, DatabaseSettings> databases) {
        return new ServerSettings(
                parseKeys(env.string("ASKDB_API_KEYS").orElse("")),
                env.integer("ASKDB_RATE_LIMIT", DEFAULT_RATE_LIMIT_PER_MINUTE, 0),
                databases,
                env.flag("ASKDB_OPEN_KNOWLEDGE_WRITES", false),
                new Admission(
                        env.integer("ASKDB_MAX_CONCURRENT", DEFAULT_MAX_CONCURRENT, 1),
                        env.integer("ASKDB_QUEUE_SIZE", DEFAULT_QUEUE_SIZE, 0),
                        env.seconds("ASKDB_QUEUE_WAIT", DEFAULT_QUEUE_WAIT_SECONDS)));
    }

    /** Parses the ASKDB_API_KEYS format; messages name the entry by position, never by its key. */
    static List<ApiKey> parseKeys(String value) {
        List<ApiKey> keys = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> secrets = new HashSet<>();
        String[] entries = value.split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].trim();
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split(":", -1);
            String where = "ASKDB_API_KEYS entry " + (i + 1);
            if (parts.length > 3) {
                throw new IllegalArgumentException(where + " has " + parts.length
                        + " ':'-separated fields; the format is key, name:key or name:key:admin");
            }
            if (parts.length == 3 && !parts[2].trim().toLowerCase(Locale.ROOT).equals("admin")) {
                throw new IllegalArgumentException(where + ": the third field must be 'admin', was '"
                        + parts[2].trim() + "'");
            }
            String name = parts.length == 1 ? "key" + (i + 1) : parts[0].trim();
            String secret = parts.length == 1 ? parts[0].trim() : parts[1].trim();
            ApiKey key;
            try {
                key = new ApiKey(name, secret, parts.length == 3);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException(where + ": the name '" + name + "' is used twice");
            }
            if (!secrets.add(secret)) {
                throw new IllegalArgumentException(where + ": the same key appears twice");
            }
            keys.add(key);
        }
        return keys;
    }

    public boolean authenticationRequired() {
        return !apiKeys.isEmpty();
    }

    public ServerSettings withApiKeys(List<ApiKey> newKeys) {
        return new ServerSettings(newKeys, rateLimitPerMinute, databases, openKnowledgeWrites, admission);
    }

    public ServerSettings withRateLimitPerMinute(int newLimit) {
        return new ServerSettings(apiKeys, newLimit, databases, openKnowledgeWrites, admission);
    }

    public ServerSettings withDatabases(Map<String, DatabaseSettings> newDatabases) {
        return new ServerSettings(apiKeys, rateLimitPerMinute, newDatabases, openKnowledgeWrites, admission);
    }

    public ServerSettings withOpenKnowledgeWrites(boolean value) {
        return new ServerSettings(apiKeys, rateLimitPerMinute, databases, value, admission);
    }

    public ServerSettings withAdmission(Admission newAdmission) {
        return new ServerSettings(apiKeys, rateLimitPerMinute, databases, openKnowledgeWrites, newAdmission);
    }
}
