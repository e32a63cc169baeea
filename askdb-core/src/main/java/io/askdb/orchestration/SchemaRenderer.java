package io.askdb.orchestration;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.ForeignKeyInfo;
import io.askdb.schema.TableInfo;
import io.askdb.sql.Dialect;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the chosen tables for a prompt as compact CREATE TABLE statements in the target dialect,
 * with types, keys, foreign keys and a few sample values per column. Denied columns are left out,
 * so a model never learns they exist.
 */
final class SchemaRenderer {

    private SchemaRenderer() {}

    /**
     * @param samples per table key, per lower-case column name, a few distinct values
     * @param denied lower-case {@code schema.table.column} names to leave out
     */
    static String render(List<TableInfo> tables, Dialect dialect, Map<String, Map<String, List<Object>>> samples,
            Set<String> denied) {
        StringBuilder out = new StringBuilder();
        for (TableInfo table : tables) {
            out.append("CREATE TABLE ").append(table.id().qualified()).append(" (");
            if (!table.remarks().isBlank()) {
                out.append(" -- ").append(table.remarks().replace('\n', ' '));
            }
            out.append('\n');
            Map<String, List<Object>> tableSamples = samples.getOrDefault(table.id().key(), Map.of());
            for (ColumnInfo column : table.columns()) {
                String full = (table.id().qualified() + "." + column.name()).toLowerCase(Locale.ROOT);
                if (denied.contains(full)) {
                    continue;
                }
                out.append("  ").append(column.name()).append(' ').append(column.typeName().toLowerCase(Locale.ROOT));
                if (column.primaryKey()) {
                    out.append(" PRIMARY KEY");
                }
                if (!column.nullable()) {
                    out.append(" NOT NULL");
                }
                List<Object> values = tableSamples.get(column.name().toLowerCase(Locale.ROOT));
                StringBuilder comment = new StringBuilder();
                if (!column.remarks().isBlank()) {
                    comment.append(column.remarks().replace('\n', ' '));
                }
                if (values != null && !values.isEmpty()) {
                    comment.append(comment.length() > 0 ? "; " : "").append("e.g. ").append(sampleText(values));
                }
                out.append(',');
                if (comment.length() > 0) {
                    out.append(" -- ").append(comment);
                }
                out.append('\n');
            }
            for (ForeignKeyInfo fk : table.foreignKeys()) {
                out.append("  FOREIGN KEY (").append(String.join(", ", fk.columns())).append(") REFERENCES ")
                        .append(fk.referencedTable().qualified()).append(" (")
                        .append(String.join(", ", fk.referencedColumns())).append("),\n");
            }
            out.append(");\n");
        }
        return out.toString();
    }

    private static String sampleText(List<Object> values) {
        StringBuilder out = new StringBuilder();
        for (Object value : values) {
            if (out.length() > 0) {
                out.append(", ");
            }
            String text = String.valueOf(value);
            if (text.length() > 40) {
                text = text.substring(0, 37) + "...";
            }
            out.append(value instanceof String ? "'" + text.replace("'", "''") + "'" : text);
        }
        return out.toString();
    }

    /** The dialect's rules a model must follow, in a sentence or two. */
    static String dialectRules(Dialect dialect) {
        return switch (dialect) {
            case H2_MSSQL, SQLSERVER -> "Write T-SQL (SQL Server): limit rows with SELECT TOP n, quote names with "
                    + "[brackets] only if needed, use schema-qualified table names as shown, YEAR(date) for years.";
            case POSTGRESQL -> "Write PostgreSQL: limit rows with LIMIT n, use schema-qualified names as shown, "
                    + "EXTRACT(YEAR FROM date) for years, || for string concatenation.";
            case MYSQL -> "Write MySQL/MariaDB: limit rows with LIMIT n, use `backticks` only if needed, "
                    + "YEAR(date) for years.";
            case SQLITE -> "Write SQLite: limit rows with LIMIT n, strftime('%Y', date) for years, "
                    + "no RIGHT or FULL JOIN.";
            case DUCKDB -> "Write DuckDB SQL: limit rows with LIMIT n, quote names with \"double quotes\" only if "
                    + "needed, EXTRACT(YEAR FROM date) for years; read only the tables shown, never files.";
            case H2, ANSI -> "Write standard SQL: limit rows with FETCH FIRST n ROWS ONLY or LIMIT n.";
        };
    }
}
