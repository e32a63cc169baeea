package io.askdb.offline;

import io.askdb.schema.ForeignKeyInfo;
import io.askdb.schema.TableInfo;
import io.askdb.sql.Dialect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a {@link Plan} as SQL text in one dialect: identifiers quoted only where the dialect
 * needs it, row caps as the dialect spells them, aliases T1, T2… once tables are joined.
 */
final class SqlWriter {

    private static final Pattern SIMPLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> RESERVED = Set.of(
            "select", "from", "where", "group", "order", "by", "having", "limit", "table", "join", "on", "as",
            "and", "or", "not", "in", "is", "null", "like", "between", "case", "when", "then", "else", "end",
            "union", "all", "distinct", "values", "insert", "update", "delete", "create", "drop", "index", "key",
            "primary", "foreign", "references", "check", "default", "into", "set", "top", "offset", "fetch",
            "user", "column", "constraint", "grant", "to", "with", "desc", "asc", "exists", "cross", "inner",
            "outer", "left", "right", "full", "natural", "using", "current_date", "current_time", "percent", "rank");

    private SqlWriter() {}

    static String write(Plan plan, Dialect dialect) {
        Map<TableInfo, String> alias = new HashMap<>();
        boolean joined = !plan.joins().isEmpty();
        if (joined) {
            alias.put(plan.from(), "T1");
            for (int i = 0; i < plan.joins().size(); i++) {
                alias.put(plan.joins().get(i).table(), "T" + (i + 2));
            }
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(dialect.selectWords(plan.distinct(), plan.limit()));
        List<String> items = new ArrayList<>();
        for (Plan.Item item : plan.select()) {
            items.add(item(item, alias, dialect));
        }
        sql.append(String.join(", ", items));
        sql.append(" FROM ").append(tableName(plan.from(), dialect));
        if (joined) {
            sql.append(" AS T1");
            for (int i = 0; i < plan.joins().size(); i++) {
                Plan.Join join = plan.joins().get(i);
                sql.append(" JOIN ").append(tableName(join.table(), dialect)).append(" AS T").append(i + 2);
                sql.append(" ON ").append(joinCondition(join.key(), alias, plan, dialect));
            }
        }
        if (!plan.where().isEmpty()) {
            List<String> conditions = new ArrayList<>();
            for (Plan.Condition c : plan.where()) {
                conditions.add(condition(c, alias, dialect));
            }
            sql.append(" WHERE ").append(String.join(plan.whereOr() ? " OR " : " AND ", conditions));
        }
        if (!plan.groupBy().isEmpty()) {
            List<String> groups = new ArrayList<>();
            for (Plan.Column c : plan.groupBy()) {
                groups.add(column(c, alias, dialect));
            }
            sql.append(" GROUP BY ").append(String.join(", ", groups));
        }
        if (plan.having() != null) {
            sql.append(" HAVING ").append(condition(plan.having(), alias, dialect));
        }
        if (!plan.orderBy().isEmpty()) {
            List<String> orders = new ArrayList<>();
            for (Plan.Order o : plan.orderBy()) {
                orders.add(item(o.item(), alias, dialect) + (o.descending() ? " DESC" : " ASC"));
            }
            sql.append(" ORDER BY ").append(String.join(", ", orders));
        }
        return sql.append(dialect.capAtEnd(plan.distinct(), plan.limit())).toString();
    }

    private static String joinCondition(ForeignKeyInfo key, Map<TableInfo, String> alias, Plan plan, Dialect dialect) {
        TableInfo from = find(plan, key.table().key());
        TableInfo to = find(plan, key.referencedTable().key());
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < key.columns().size(); i++) {
            parts.add(alias.get(from) + "." + identifier(key.columns().get(i), dialect) + " = "
                    + alias.get(to) + "." + identifier(key.referencedColumns().get(i), dialect));
        }
        return String.join(" AND ", parts);
    }

    private static TableInfo find(Plan plan, String key) {
        if (plan.from().id().key().equals(key)) {
            return plan.from();
        }
        for (Plan.Join j : plan.joins()) {
            if (j.table().id().key().equals(key)) {
                return j.table();
            }
        }
        throw new IllegalStateException("join key refers to a table outside the query: " + key);
    }

    private static String item(Plan.Item item, Map<TableInfo, String> alias, Dialect dialect) {
        if (item.column() == null) {
            return item.aggregate() == null ? "*" : item.aggregate() + "(*)";
        }
        String col = column(item.column(), alias, dialect);
        if (item.aggregate() == null) {
            return col;
        }
        return item.aggregate() + "(" + (item.distinct() ? "DISTINCT " : "") + col + ")";
    }

    private static String column(Plan.Column c, Map<TableInfo, String> alias, Dialect dialect) {
        String name = identifier(c.column().name(), dialect);
        String a = alias.get(c.table());
        return a == null ? name : a + "." + name;
    }

    private static String condition(Plan.Condition c, Map<TableInfo, String> alias, Dialect dialect) {
        String left = item(c.item(), alias, dialect);
        if (c.op().startsWith("YEAR")) {
            String op = c.op().substring(4);
            long year = ((Double) c.value()).longValue();
            return switch (dialect) {
                case SQLITE -> "strftime('%Y', " + left + ") " + op + " '" + year + "'";
                case POSTGRESQL, H2, DUCKDB, ANSI -> "EXTRACT(YEAR FROM " + left + ") " + op + " " + year;
                default -> "YEAR(" + left + ") " + op + " " + year;
            };
        }
        if (c.op().equals("NOT EXISTS") && c.value() instanceof Absence.Absent absent) {
            String outer = alias.getOrDefault(c.item().column().table(), identifier(c.item().column().table().name(), dialect));
            return "NOT EXISTS (SELECT 1 FROM " + tableName(absent.table(), dialect) + " AS N WHERE N."
                    + identifier(absent.column(), dialect) + " = " + outer + "."
                    + identifier(c.item().column().column().name(), dialect) + ")";
        }
        if (c.value() instanceof Plan.Measure m) {
            String right = m.aggregate() == null ? column(m.column(), alias, dialect)
                    : "(SELECT " + m.aggregate() + "(" + identifier(m.column().column().name(), dialect) + ") FROM "
                            + tableName(m.column().table(), dialect) + ")";
            return left + " " + c.op() + " " + (m.factor() == 1.0 ? "" : literal(m.factor()) + " * ") + right;
        }
        return switch (c.op()) {
            case "IS NULL" -> left + " IS NULL";
            case "IS NOT NULL" -> left + " IS NOT NULL";
            case "PERIOD" -> left + " >= " + literal(c.value()) + " AND " + left + " < " + literal(c.value2());
            case "BETWEEN" -> left + " BETWEEN " + literal(c.value()) + " AND " + literal(c.value2());
            case "LIKE" -> left + " LIKE " + literal(likePattern(c.value()));
            case "IN" -> left + " IN (" + String.join(", ", ((List<?>) c.value()).stream().map(SqlWriter::literal).toList()) + ")";
            case "NOT LIKE" -> left + " NOT LIKE " + literal(likePattern(c.value()));
            default -> left + " " + c.op() + " " + literal(c.value());
        };
    }

    /** A word the rows contain anywhere, unless the reader anchored it already ("Mountain%"). */
    private static String likePattern(Object value) {
        String text = String.valueOf(value);
        return text.startsWith("%") || text.endsWith("%") ? text : "%" + text + "%";
    }

    static String literal(Object value) {
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.valueOf(d);
        }
        return "'" + String.valueOf(value).replace("'", "''") + "'";
    }

    /** A table name, schema-qualified when the catalog has a schema. */
    static String tableName(TableInfo table, Dialect dialect) {
        String name = identifier(table.name(), dialect);
        String schema = table.id().schema();
        return schema.isEmpty() ? name : identifier(schema, dialect) + "." + name;
    }

    /** An identifier, quoted only when the dialect would otherwise read it differently. */
    static String identifier(String name, Dialect dialect) {
        boolean simple = SIMPLE.matcher(name).matches() && !RESERVED.contains(name.toLowerCase(Locale.ROOT));
        boolean caseSafe = switch (dialect) {
            case POSTGRESQL -> name.equals(name.toLowerCase(Locale.ROOT));
            case H2, ANSI -> name.equals(name.toUpperCase(Locale.ROOT));
            default -> true;
        };
        return simple && caseSafe ? name : dialect.quote(name);
    }
}
