package io.askdb.sample;

/**
 * One column of a SalesLT table as SQL Server defines it.
 *
 * @param length character length, or precision for {@link ColumnType#DECIMAL}
 * @param scale scale for {@link ColumnType#DECIMAL}
 * @param identity an {@code IDENTITY} column (rows may still give it explicit values)
 * @param computed the expression of a computed column, or null for a stored one
 */
record Column(
        String name,
        ColumnType type,
        int length,
        int scale,
        boolean nullable,
        boolean identity,
        DefaultValue defaultValue,
        Computed computed) {

    /** The defaults SalesLT declares; rendered per flavour. */
    enum DefaultValue {
        NONE,
        ZERO,
        ONE,
        NEW_UUID,
        NOW
    }

    /**
     * A computed column's expression over unquoted column names: one standard spelling, and
     * MySQL's where it differs (it concatenates with CONCAT, not ||).
     */
    record Computed(String standard, String mysql) {}

    static Column of(String name, ColumnType type) {
        return new Column(name, type, 0, 0, false, false, DefaultValue.NONE, null);
    }

    static Column of(String name, ColumnType type, int length) {
        return new Column(name, type, length, 0, false, false, DefaultValue.NONE, null);
    }

    static Column decimal(String name, int precision, int scale) {
        return new Column(name, ColumnType.DECIMAL, precision, scale, false, false, DefaultValue.NONE, null);
    }

    Column asNullable() {
        return new Column(name, type, length, scale, true, identity, defaultValue, computed);
    }

    Column asIdentity() {
        return new Column(name, type, length, scale, nullable, true, defaultValue, computed);
    }

    Column defaults(DefaultValue value) {
        return new Column(name, type, length, scale, nullable, identity, value, computed);
    }

    Column computedAs(String standard, String mysql) {
        return new Column(name, type, length, scale, nullable, identity, defaultValue, new Computed(standard, mysql));
    }

    boolean isComputed() {
        return computed != null;
    }
}
