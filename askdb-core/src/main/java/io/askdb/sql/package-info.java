/**
 * Everything between a candidate SQL string and rows: the read-only {@code SqlGuard} (JSqlParser),
 * the {@link io.askdb.sql.Dialect} of the target database, and the pooled, read-only executor.
 * Nothing reaches a database without passing the guard first.
 */
package io.askdb.sql;
