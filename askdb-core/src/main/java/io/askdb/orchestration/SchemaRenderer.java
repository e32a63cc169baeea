package io.askdb.orchestration;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.ForeignKeyInfo;
import io.askdb.schema.TableInfo;
import io.askdb.sql.Dialect;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes the chosen tables for a prompt as compact CREATE TABLE statements in the target dialect,
 * with types, keys, foreign keys and a few sample values per column. What it writes is true of the
 * database: a composite primary key is one table-level {@code PRIMARY KEY (a, b)}, never a claim
 * that each of its columns is unique; each foreign key appears once. Denied columns are left out,
 * so a model never learns they exist, and values that tell a model nothing or should not travel
 * (UUIDs, binary data, password-like columns) are never sent as samples, nor are key values, which
 * say nothing a model can use.
 */
final class SchemaRenderer {

    /** Column names whose values are secrets or noise in a prompt. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(password|passwd|pwd|secret|token|salt|hash|api_?key|private_?key|credential|rowguid).*");

    private static final Pattern UUID_TEXT = Pattern.compile(
            "(?i)\\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}}?");

    private static final Pattern OPAQUE_TYPE = Pattern.compile(
            "(?i).*(uuid|uniqueidentifier|binary|blob|bytea|image|raw|bit varying|geometry|geography).*");

    /** Longer sample values are cut: a prefix shows the format, the rest costs tokens. */
    private static final int MAX_SAMPLE_LENGTH = 32;

    private SchemaRenderer() {}

    /** One line of a CREATE TABLE before the separating comma, and its comment. */
    private record Line(String text, String comment) {}

    /**
     * @param samples per table key, per lower-case column name, a few distinct values
     * @param denied lower-case {@code schema.table.column} names to leave out
     */
    static String render(List<TableInfo> tables, Dialect dialect, Map<String, Map<String, List<Object>>> samples,
            Set<String> denied) {
        return render(tables, List.of(), dialect, samples, denied);
    }

    /**
     * @param listed tables named with their (allowed) columns only, after the full ones
     */
    static String render(List<TableInfo> tables, List<TableInfo> listed, Dialect dialect,
            Map<String, Map<String, List<Object>>> samples, Set<String> denied) {
        StringBuilder out = new StringBuilder();
        for (TableInfo table : tables) {
            out.append("CREATE TABLE ").append(table.id().qualified()).append(" (");
            if (!table.remarks().isBlank()) {
                out.append(" -- ").append(table.remarks().replace('\n', ' '));
            }
            out.append('\n');
            Map<String, List<Object>> tableSamples = samples.getOrDefault(table.id().key(), Map.of());
            List<ColumnInfo> keys = table.columns().stream().filter(ColumnInfo::primaryKey).toList();
            List<Line> lines = new ArrayList<>();
            for (ColumnInfo column : table.columns()) {
                if (isDenied(table, column.name(), denied)) {
                    continue;
                }
                StringBuilder text = new StringBuilder(column.name()).append(' ')
                        .append(column.typeName().toLowerCase(Locale.ROOT));
                if (column.primaryKey() && keys.size() == 1) {
                    text.append(" PRIMARY KEY");
                }
                if (!column.nullable() && !(column.primaryKey() && keys.size() == 1)) {
                    text.append(" NOT NULL");
                }
                List<Object> values = sampleWorthy(column) && !keys.contains(column) && !isForeignKey(table, column)
                        ? tableSamples.get(column.name().toLowerCase(Locale.ROOT)) : null;
                StringBuilder comment = new StringBuilder();
                if (!column.remarks().isBlank()) {
                    comment.append(column.remarks().replace('\n', ' '));
                }
                String sample = values == null ? "" : sampleText(values.subList(0, Math.min(samplesFor(column),
                        values.size())));
                if (!sample.isEmpty()) {
                    comment.append(comment.length() > 0 ? "; " : "").append("e.g. ").append(sample);
                }
                lines.add(new Line(text.toString(), comment.toString()));
            }
            if (keys.size() > 1) {
                lines.add(new Line("PRIMARY KEY (" + String.join(", ", keys.stream().map(ColumnInfo::name).toList())
                        + ")", ""));
            }
            Set<String> shown = new LinkedHashSet<>();
            for (ForeignKeyInfo fk : table.foreignKeys()) {
                String text = "FOREIGN KEY (" + String.join(", ", fk.columns()) + ") REFERENCES "
                        + fk.referencedTable().qualified() + " (" + String.join(", ", fk.referencedColumns()) + ")";
                boolean hidden = fk.columns().stream().anyMatch(c -> isDenied(table, c, denied));
                if (!hidden && shown.add(text.toLowerCase(Locale.ROOT))) {
                    lines.add(new Line(text, ""));
                }
            }
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                out.append("  ").append(line.text()).append(i < lines.size() - 1 ? "," : "");
                if (!line.comment().isEmpty()) {
                    out.append(" -- ").append(line.comment());
                }
                out.append('\n');
            }
            out.append(");\n");
        }
        if (!listed.isEmpty()) {
            out.append("Other tables, with their columns:\n");
            for (TableInfo table : listed) {
                List<String> columns = table.columns().stream().map(ColumnInfo::name)
                        .filter(c -> !isDenied(table, c, denied)).toList();
                out.append("- ").append(table.id().qualified()).append('(').append(String.join(", ", columns))
                        .append(")\n");
            }
        }
        return out.toString();
    }

    private static boolean isForeignKey(TableInfo table, ColumnInfo column) {
        return table.inForeignKey(column);
    }

    private static boolean isDenied(TableInfo table, String column, Set<String> denied) {
        return denied.contains((table.id().qualified() + "." + column).toLowerCase(Locale.ROOT));
    }

    /** Whether a column's values may go into a prompt as examples. */
    static boolean sampleWorthy(ColumnInfo column) {
        return !SECRET_NAME.matcher(column.name()).matches() && !OPAQUE_TYPE.matcher(column.typeName()).matches()
                && column.jdbcType() != java.sql.Types.BINARY && column.jdbcType() != java.sql.Types.VARBINARY
                && column.jdbcType() != java.sql.Types.LONGVARBINARY && column.jdbcType() != java.sql.Types.BLOB;
    }

    /** Dates show their format in one value; numbers and text show their form in two. */
    private static int samplesFor(ColumnInfo column) {
        return switch (column.jdbcType()) {
            case java.sql.Types.DATE, java.sql.Types.TIME, java.sql.Types.TIMESTAMP,
                    java.sql.Types.TIMESTAMP_WITH_TIMEZONE, java.sql.Types.TIME_WITH_TIMEZONE -> 1;
            default -> column.isNumeric() ? 2
                    : column.typeName().toLowerCase(Locale.ROOT).matches(".*(date|time).*") ? 1 : 2;
        };
    }

    private static String sampleText(List<Object> values) {
        StringBuilder out = new StringBuilder();
        for (Object value : values) {
            if (value instanceof byte[] || value instanceof java.util.UUID
                    || value instanceof String s && UUID_TEXT.matcher(s).matches()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(", ");
            }
            String text = String.valueOf(value).replaceAll("\\s+", " ").strip();
            if (text.length() > MAX_SAMPLE_LENGTH) {
                text = text.substring(0, MAX_SAMPLE_LENGTH - 3) + "...";
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
