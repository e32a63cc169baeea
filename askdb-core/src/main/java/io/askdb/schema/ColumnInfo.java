package io.askdb.schema;

/**
 * One column as the database describes it.
 *
 * @param name the column name as the database spells it
 * @param typeName the database's own type name (for example {@code NVARCHAR}, {@code int4})
 * @param jdbcType the {@link java.sql.Types} constant
 * @param size the declared size or precision, 0 when unknown
 * @param nullable whether the column accepts NULL
 * @param primaryKey whether the column is part of the table's primary key
 * @param remarks the column comment, empty when none
 */
public record ColumnInfo(
        String name, String typeName, int jdbcType, int size, boolean nullable, boolean primaryKey, String remarks) {

    public ColumnInfo {
        remarks = remarks == null ? "" : remarks;
    }

    /** True for character types (CHAR, VARCHAR, NVARCHAR, TEXT, CLOB…). */
    public boolean isText() {
        return switch (jdbcType) {
            case java.sql.Types.CHAR, java.sql.Types.VARCHAR, java.sql.Types.LONGVARCHAR, java.sql.Types.NCHAR,
                    java.sql.Types.NVARCHAR, java.sql.Types.LONGNVARCHAR, java.sql.Types.CLOB,
                    java.sql.Types.NCLOB -> true;
            default -> false;
        };
    }

    /** True for integer and decimal types. */
    public boolean isNumeric() {
        return switch (jdbcType) {
            case java.sql.Types.TINYINT, java.sql.Types.SMALLINT, java.sql.Types.INTEGER, java.sql.Types.BIGINT,
                    java.sql.Types.REAL, java.sql.Types.FLOAT, java.sql.Types.DOUBLE, java.sql.Types.NUMERIC,
                    java.sql.Types.DECIMAL -> true;
            default -> false;
        };
    }

    /** True for date, time and timestamp types. */
    public boolean isTemporal() {
        return switch (jdbcType) {
            case java.sql.Types.DATE, java.sql.Types.TIME, java.sql.Types.TIMESTAMP,
                    java.sql.Types.TIME_WITH_TIMEZONE, java.sql.Types.TIMESTAMP_WITH_TIMEZONE -> true;
            default -> false;
        };
    }
}
