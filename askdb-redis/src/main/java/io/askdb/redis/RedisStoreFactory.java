package io.askdb.redis;

import io.askdb.cache.RemoteStore;
import java.util.Locale;

/**
 * Creates the Redis store for {@code redis://} and {@code rediss://} URLs. Public only so that
 * {@link java.util.ServiceLoader} can instantiate it (listed in {@code META-INF/services}); callers
 * never need it by name.
 */
public final class RedisStoreFactory implements RemoteStore.Factory {

    @Override
    public boolean accepts(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("redis://") || lower.startsWith("rediss://");
    }

    @Override
    public RemoteStore create(RemoteStore.Context context) {
        return new RedisStore(context);
    }
}
