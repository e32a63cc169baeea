package io.askdb.sample;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Small query helpers for the sample's tests. */
final class Jdbc {

    private Jdbc() {}

    static long scalar(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every row of the result, each as "v1 | v2 | …" (bytes in hex, decimals in plain notation). */
    static List<String> rows(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    values.add(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes)
                            : value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value));
                }
                rows.add(String.join(" | ", values));
            }
        }
        return rows;
    }

    static List<String> columnLabels(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> labels = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                labels.add(meta.getColumnLabel(i));
            }
            return labels;
        }
    }

    /** A whole table in primary-key order. */
    static List<String> dump(Connection connection, Table table) throws SQLException {
        String order = String.join(", ", table.primaryKey().columns());
        return rows(connection, "SELECT * FROM " + table.qualifiedName() + " ORDER BY " + order);
    }
}
