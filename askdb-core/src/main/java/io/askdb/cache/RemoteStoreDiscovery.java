package io.askdb.cache;

import java.util.ServiceLoader;

/**
 * Finds the {@link RemoteStore.Factory} for a configured URL on the class path, so that adding the
 * {@code askdb-redis} jar is all a library user or the app does to share caches through Redis.
 */
final class RemoteStoreDiscovery {

    private RemoteStoreDiscovery() {}

    static RemoteStore.Factory find(String url) {
        for (RemoteStore.Factory factory : ServiceLoader.load(RemoteStore.Factory.class,
                RemoteStoreDiscovery.class.getClassLoader())) {
            if (factory.accepts(url)) {
                return factory;
            }
        }
        int colon = url.indexOf(':');
        String scheme = colon > 0 ? url.substring(0, colon) : url;
        throw new IllegalStateException("REDIS_URL is set, but no remote store for '" + scheme
                + ":' URLs is on the class path; add the io.askdb:askdb-redis module");
    }
}
