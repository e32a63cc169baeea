/**
 * The five cache levels behind tier 1 ({@link io.askdb.cache.CacheSystem}): complete answers, the
 * SQL that made them, schema analysis, and reports on the catalog and pool caches of each database.
 * Keys are the normalized question within the database, its deny-list and the caller's scope; a
 * semantically equal question hits only with the same literal values. Only successful answers are
 * stored; with Redis, levels 1-3 and their invalidations are shared by every server.
 */
package io.askdb.cache;
