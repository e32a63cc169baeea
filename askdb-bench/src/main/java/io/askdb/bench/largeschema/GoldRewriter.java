package io.askdb.bench.largeschema;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;

/**
 * Rewrites a Spider gold query to the merged database's table names. JSqlParser reads the query and
 * every {@link Table} node in its tree (FROM items, joins, subqueries and the qualifiers of columns
 * such as {@code head.name}) that names one of the database's tables is renamed; aliases and CTE
 * names are left alone. Spider's double-quoted strings stay as written: they are part of what the
 * benchmark tests. A query JSqlParser cannot read is rewritten word by word instead (a table name
 * after FROM or JOIN, or before a dot, outside quotes).
 */
final class GoldRewriter {

    /** The rewritten SQL and the merged tables it reads. */
    record Rewritten(String sql, Set<String> tables, boolean parsed) {}

    private static final Pattern WORD_OR_QUOTED = Pattern.compile("'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|[A-Za-z_][A-Za-z0-9_]*");

    private GoldRewriter() {}

    /** @param tables the database's tables, original lower-case name to merged name */
    static Rewritten rewrite(String gold, Map<String, String> tables) {
        Optional<Rewritten> parsed = parsed(gold, tables);
        return parsed.orElseGet(() -> lexical(gold, tables));
    }

    private static Optional<Rewritten> parsed(String gold, Map<String, String> tables) {
        Statement statement;
        try {
            statement = CCJSqlParserUtil.parse(gold);
        } catch (Exception e) {
            return Optional.empty();
        }
        Set<String> read = new LinkedHashSet<>();
        for (Table table : tablesIn(statement)) {
            String merged = tables.get(unquote(table.getName()).toLowerCase(Locale.ROOT));
            if (merged != null && table.getSchemaName() == null) {
                table.setName(merged);
                read.add(merged);
            }
        }
        return Optional.of(new Rewritten(statement.toString(), read, true));
    }

    private static Rewritten lexical(String gold, Map<String, String> tables) {
        StringBuilder out = new StringBuilder();
        Set<String> read = new LinkedHashSet<>();
        Matcher m = WORD_OR_QUOTED.matcher(gold);
        int last = 0;
        String previous = "";
        while (m.find()) {
            String token = m.group();
            String merged = tables.get(token.toLowerCase(Locale.ROOT));
            boolean beforeDot = m.end() < gold.length() && gold.charAt(m.end()) == '.';
            boolean afterFrom = previous.equalsIgnoreCase("from") || previous.equalsIgnoreCase("join");
            out.append(gold, last, m.start());
            if (merged != null && (beforeDot || afterFrom)) {
                out.append(merged);
                read.add(merged);
            } else {
                out.append(token);
            }
            last = m.end();
            previous = token;
        }
        out.append(gold.substring(last));
        return new Rewritten(out.toString(), read, false);
    }

    private static String unquote(String name) {
        if (name != null && name.length() >= 2 && "\"`[".indexOf(name.charAt(0)) >= 0) {
            return name.substring(1, name.length() - 1);
        }
        return name;
    }

    /** Every Table node under the statement, found by a walk over the fields of JSqlParser's model. */
    private static Set<Table> tablesIn(Object root) {
        Set<Table> found = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Object node = stack.pop();
            if (node == null || !seen.add(node)) {
                continue;
            }
            if (node instanceof Table table) {
                found.add(table);
            }
            if (node instanceof Collection<?> c) {
                c.forEach(e -> push(stack, e));
            } else if (node instanceof Map<?, ?> map) {
                map.values().forEach(e -> push(stack, e));
            } else if (node instanceof Object[] array) {
                for (Object e : array) {
                    push(stack, e);
                }
            } else {
                for (Class<?> type = node.getClass(); type != null && isModel(type); type = type.getSuperclass()) {
                    for (Field f : type.getDeclaredFields()) {
                        if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                            continue;
                        }
                        try {
                            f.setAccessible(true);
                            push(stack, f.get(node));
                        } catch (ReflectiveOperationException | RuntimeException e) {
                            // A field the model does not let us read holds no table.
                        }
                    }
                }
            }
        }
        return found;
    }

    private static void push(Deque<Object> stack, Object value) {
        if (value instanceof Collection<?> || value instanceof Map<?, ?> || value instanceof Object[]
                || value != null && isModel(value.getClass())) {
            stack.push(value);
        }
    }

    private static boolean isModel(Class<?> type) {
        return type.getName().startsWith("net.sf.jsqlparser.") && !type.getName().startsWith("net.sf.jsqlparser.parser.");
    }
}
