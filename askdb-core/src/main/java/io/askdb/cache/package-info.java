/**
 * The five cache levels behind tier 1 ({@link io.askdb.cache.CacheSystem}): complete answers, the
 * SQL that made them, schema analysis, and reports on the catalog and pool caches of each database.
 * Keys are the normalized question within the database, its deny-list and the caller's scope; a
 * semantically equal question hits only with the same literal values. Only successful answers are
 * stored; with a {@link io.askdb.cache.RemoteStore} (askdb-redis), levels 1-3 and their
 * invalidations are shared by every server.
 * Uses sql, schema, text, config, metrics and api; never the pipeline or the orchestration.
 */
@io.askdb.api.Internal
package io.askdb.cache;
