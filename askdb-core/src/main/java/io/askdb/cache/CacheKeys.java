package io.askdb.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Keys of levels 1 and 2: {@code partition:normalized question}, where the partition is 32 hex
 * digits of SHA-256 over the database identity, its deny-list and the caller's scope. Two servers on
 * the same database with the same deny-list and scope compute the same keys and so share answers;
 * a different scope or deny-list never sees them.
 */
final class CacheKeys {

    static final int PARTITION_LENGTH = 32;

    private static final ConcurrentHashMap<String, String> PARTITIONS = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 10_000;

    private CacheKeys() {}

    static String partition(String databaseIdentity, List<String> denyColumns, String scope) {
        String deny = denyColumns.stream()
                .map(c -> c.toLowerCase(Locale.ROOT))
                .sorted()
                .collect(Collectors.joining(","));
        String plain = databaseIdentity + "\u0000" + deny + "\u0000" + (scope == null ? "" : scope);
        String known = PARTITIONS.get(plain);
        if (known != null) {
            return known;
        }
        String hashed = sha256(plain).substring(0, PARTITION_LENGTH);
        if (PARTITIONS.size() < MAX_REMEMBERED) {
            PARTITIONS.put(plain, hashed);
        }
        return hashed;
    }

    static String key(String partition, String normalized) {
        return partition + ":" + normalized;
    }

    /** The normalized question of a level 1 or 2 key. */
    static String question(String key) {
        return key.length() > PARTITION_LENGTH ? key.substring(PARTITION_LENGTH + 1) : key;
    }

    static String partitionOf(String key) {
        return key.substring(0, Math.min(PARTITION_LENGTH, key.length()));
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
