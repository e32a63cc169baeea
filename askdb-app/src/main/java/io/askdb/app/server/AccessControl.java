package io.askdb.app.server;

import io.askdb.config.ServerSettings;
import io.askdb.config.ServerSettings.ApiKey;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks API keys ({@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}) against
 * {@code ASKDB_API_KEYS}. Keys are compared as SHA-256 digests with {@link MessageDigest#isEqual},
 * against every configured key without stopping early, so neither the match nor the key's length
 * shows in the timing. A key is never logged, not even a rejected one.
 */
final class AccessControl {

    static final String CALLER = "askdb.caller";
    private static final Logger LOG = LoggerFactory.getLogger(AccessControl.class);
    private static final Map<String, String> CHALLENGE = Map.of("WWW-Authenticate", "Bearer realm=\"askdb\"");

    private record Entry(ApiKey key, byte[] digest) {}

    private final List<Entry> entries;
    private final boolean openKnowledgeWrites;

    AccessControl(ServerSettings settings) {
        this.entries = settings.apiKeys().stream().map(k -> new Entry(k, sha256(k.secret()))).toList();
        this.openKnowledgeWrites = settings.openKnowledgeWrites();
    }

    /** Whether anyone may add knowledge: no keys, and the operator turned writes on (ASKDB_OPEN_KNOWLEDGE_WRITES). */
    boolean knowledgeWritesOpen() {
        return open() && openKnowledgeWrites;
    }

    /**
     * Refuses a knowledge write (examples and notes steer the LLM for every caller) without an admin
     * key; with no keys at all, refuses it unless the operator turned open writes on.
     */
    void requireKnowledgeWriter(Context ctx) {
        if (open() && !openKnowledgeWrites) {
            LOG.info("refused {} {} from {}: knowledge writes are closed on an open API", ctx.method(), ctx.path(), ctx.ip());
            throw new ApiException("FORBIDDEN", "adding knowledge needs an admin key, and this server has none."
                    + " Configure one (name:key:admin in ASKDB_API_KEYS), or set ASKDB_OPEN_KNOWLEDGE_WRITES=true"
                    + " to let anyone who reaches the server add examples and notes.");
        }
        requireAdmin(ctx, "adding knowledge");
    }

    boolean open() {
        return entries.isEmpty();
    }

    /** Identifies the caller and stores it on the context; throws UNAUTHORIZED without a valid key. */
    Caller authenticate(Context ctx) {
        return authenticate(ctx.req());
    }

    /** The same for a request that reaches a servlet outside Javalin's routes ({@code /mcp}). */
    Caller authenticate(HttpServletRequest request) {
        Caller caller = open() ? Caller.ANONYMOUS : identify(request);
        request.setAttribute(CALLER, caller);
        return caller;
    }

    /** Refuses callers without an admin key; {@code action} says what they tried ("clearing the cache"). */
    static void requireAdmin(Context ctx, String action) {
        Caller caller = caller(ctx);
        if (!caller.admin()) {
            LOG.info("refused {} {} to '{}': not an admin key", ctx.method(), ctx.path(), caller.name());
            throw new ApiException("FORBIDDEN", action + " needs an admin key (name:key:admin in ASKDB_API_KEYS);"
                    + " the key '" + caller.name() + "' is not one.");
        }
    }

    static Caller caller(Context ctx) {
        return caller(ctx.req());
    }

    static Caller caller(HttpServletRequest request) {
        return request.getAttribute(CALLER) instanceof Caller caller ? caller : Caller.ANONYMOUS;
    }

    private Caller identify(HttpServletRequest ctx) {
        String presented = presentedKey(ctx);
        if (presented == null) {
            LOG.info("refused {} {} from {}: no API key", ctx.getMethod(), ctx.getRequestURI(), ctx.getRemoteAddr());
            throw new ApiException("UNAUTHORIZED",
                    "an API key is required: send 'Authorization: Bearer KEY' or 'X-API-Key: KEY'", CHALLENGE);
        }
        byte[] digest = sha256(presented);
        ApiKey match = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), digest)) {
                match = entry.key();
            }
        }
        if (match == null) {
            LOG.info("refused {} {} from {}: unknown API key", ctx.getMethod(), ctx.getRequestURI(), ctx.getRemoteAddr());
            throw new ApiException("UNAUTHORIZED", "the API key is not valid", CHALLENGE);
        }
        return new Caller(match.name(), match.admin(), match.name());
    }

    private static String presentedKey(HttpServletRequest ctx) {
        String authorization = ctx.getHeader("Authorization");
        if (authorization != null && authorization.length() > 7
                && authorization.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            String key = authorization.substring(7).trim();
            return key.isEmpty() ? null : key;
        }
        String header = ctx.getHeader("X-API-Key");
        return header == null || header.isBlank() ? null : header.trim();
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
