package io.askdb.schema;

import java.util.Locale;

/**
 * A table's qualified name. {@code schema} is empty where the database has none (SQLite).
 * Equality ignores case, as unquoted identifiers do in the databases askdb supports.
 */
public record TableId(String schema, String name) {

    public TableId {
        schema = schema == null ? "" : schema;
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("table name must not be blank");
        }
    }

    /** {@code schema.name}, or {@code name} when there is no schema. */
    public String qualified() {
        return schema.isEmpty() ? name : schema + "." + name;
    }

    /** A case-insensitive key for maps. */
    public String key() {
        return qualified().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableId other && key().equals(other.key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    @Override
    public String toString() {
        return qualified();
    }
}
