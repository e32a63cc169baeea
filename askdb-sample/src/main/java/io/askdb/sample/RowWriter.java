package io.askdb.sample;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Inserts {@link SampleRows} with one batched PreparedStatement per table, in foreign-key order,
 * on the caller's transaction. Identity columns get explicit values (so keys match the source),
 * after which {@link #restartIdentities} moves each identity past the largest key.
 */
final class RowWriter {

    private static final int BATCH = 500;

    private RowWriter() {}

    static void insert(Connection connection, Flavour flavour, SampleRows rows) throws SQLException {
        for (Table table : SalesLt.TABLES) {
            List<Column> columns = table.storedColumns();
            try (PreparedStatement insert = connection.prepareStatement(insertSql(table, flavour))) {
                int pending = 0;
                for (Object[] row : ordered(table, rows.of(table))) {
                    for (int i = 0; i < columns.size(); i++) {
                        bind(insert, i + 1, columns.get(i), row[i], flavour);
                    }
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        }
    }

    static String insertSql(Table table, Flavour flavour) {
        List<Column> columns = table.storedColumns();
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String marks = columns.stream()
                .map(c -> c.type() == ColumnType.XML && flavour == Flavour.POSTGRESQL ? "CAST(? AS XML)" : "?")
                .collect(Collectors.joining(", "));
        return "INSERT INTO " + table.qualifiedName() + " (" + names + ") VALUES (" + marks + ")";
    }

    /** Parents before children in the one self-referencing table, whatever order the source had. */
    private static List<Object[]> ordered(Table table, List<Object[]> rows) {
        if (table != SalesLt.PRODUCT_CATEGORY) {
            return rows;
        }
        int parent = table.storedIndex("ParentProductCategoryID");
        return rows.stream().sorted((a, b) -> Boolean.compare(a[parent] != null, b[parent] != null)).toList();
    }

    private static void bind(PreparedStatement statement, int index, Column column, Object value, Flavour flavour)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType(column.type()));
            return;
        }
        switch (column.type()) {
            case INT, SMALLINT, TINYINT -> statement.setInt(index, (Integer) value);
            case BIT -> statement.setBoolean(index, (Boolean) value);
            case MONEY, DECIMAL -> statement.setBigDecimal(index, (BigDecimal) value);
            case DATETIME -> statement.setObject(index, (LocalDateTime) value);
            case UNIQUEIDENTIFIER -> {
                if (flavour == Flavour.MYSQL) {
                    statement.setString(index, value.toString().toUpperCase(Locale.ROOT));
                } else {
                    statement.setObject(index, (UUID) value);
                }
            }
            case VARBINARY_MAX -> statement.setBytes(index, (byte[]) value);
            default -> statement.setString(index, (String) value);
        }
    }

    private static int sqlType(ColumnType type) {
        return switch (type) {
            case INT -> Types.INTEGER;
            case SMALLINT, TINYINT -> Types.SMALLINT;
            case BIT -> Types.BOOLEAN;
            case MONEY, DECIMAL -> Types.DECIMAL;
            case DATETIME -> Types.TIMESTAMP;
            case UNIQUEIDENTIFIER -> Types.OTHER;
            case VARBINARY_MAX -> Types.VARBINARY;
            default -> Types.VARCHAR;
        };
    }

    /** Lets new rows take keys after the loaded ones; MySQL's AUTO_INCREMENT moves by itself. */
    static void restartIdentities(Connection connection, Flavour flavour, SampleRows rows) throws SQLException {
        if (flavour == Flavour.MYSQL) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (Table table : SalesLt.TABLES) {
                for (Column column : table.storedColumns()) {
                    if (!column.identity()) {
                        continue;
                    }
                    int index = table.storedIndex(column.name());
                    int max = rows.of(table).stream().mapToInt(r -> (Integer) r[index]).max().orElse(0);
                    statement.execute("ALTER TABLE " + table.qualifiedName() + " ALTER COLUMN " + column.name()
                            + " RESTART WITH " + (max + 1));
                }
            }
        }
    }
}
