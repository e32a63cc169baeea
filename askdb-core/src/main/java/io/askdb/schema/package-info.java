/**
 * What askdb knows about a database: tables, columns, keys and remarks read through JDBC
 * {@code DatabaseMetaData}. A {@link io.askdb.schema.SchemaCatalog} is immutable once loaded;
 * a reload builds a new one. Lookups are case-insensitive, as most databases fold unquoted names.
 * Linking questions to a catalog lives beside it in {@code io.askdb.schema.linking}; this package
 * uses neither it nor anything above it.
 * Uses no other askdb package; linking questions to it lives in {@code io.askdb.schema.linking}.
 */
@io.askdb.api.Internal
package io.askdb.schema;
