/**
 * Everything between a candidate SQL string and rows: the {@link io.askdb.sql.SqlGuard}, which lets
 * one read-only, name-checked, deny-list-clean and row-capped query through as a
 * {@link io.askdb.sql.GuardedSql}, the {@link io.askdb.sql.Dialect} of the target database, and the
 * pooled, read-only executor. Nothing reaches a database without passing the guard first; the
 * guard's layers (screen, parser, tree checks, name resolution, row cap) stay package-private.
 * May use schema, config and api.
 */
@io.askdb.api.Internal
package io.askdb.sql;
