/**
 * Cache levels 1 to 3 and their events shared through Redis (Jedis), behind core's
 * {@link io.askdb.cache.RemoteStore}; uses nothing of core but that interface. Found by
 * {@link java.util.ServiceLoader} when {@code REDIS_URL} is set: putting this jar on the class path
 * is the whole wiring, for the app and library users alike, and every place that builds an
 * {@code AskDb} from the configuration (CLI commands, server, eval) shares caches without knowing Redis.
 */
package io.askdb.redis;
