package io.askdb.sql;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.AllTableColumns;

/**
 * Walks every node of a JSqlParser tree by reflection over its fields. JSqlParser's visitor
 * adapters skip some node types (an {@code ANY (subquery)}, for one); a walk over fields cannot
 * miss a node, which is what the security rules need. Iterative, so deep expression chains cannot
 * overflow the stack. The name of a column's or a {@code t.*}'s table is not walked: it is a
 * qualifier, not a table read.
 */
final class AstNodes {

    /** Sees each node once; returns false to skip the node's children. */
    @FunctionalInterface
    interface Visitor {
        boolean enter(Object node);
    }

    private static final String MODEL_PACKAGE = "net.sf.jsqlparser.";
    private static final String PARSER_PACKAGE = "net.sf.jsqlparser.parser.";

    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && isModel(c); c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive() || f.getType() == String.class) {
                        continue;
                    }
                    if (isQualifier(c, f)) {
                        continue;
                    }
                    f.setAccessible(true);
                    fields.add(f);
                }
            }
            return List.copyOf(fields);
        }
    };

    private AstNodes() {}

    /** Visits {@code root} and everything below it, depth first. */
    static void walk(Object root, Visitor visitor) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Object node = stack.pop();
            if (!seen.add(node)) {
                continue;
            }
            if (isModel(node.getClass()) && !visitor.enter(node)) {
                continue;
            }
            List<Object> children = children(node);
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
    }

    /** Visits the children of {@code root} (not {@code root} itself) and everything below them. */
    static void walkChildren(Object root, Visitor visitor) {
        for (Object child : children(root)) {
            walk(child, visitor);
        }
    }

    /** Every node of the given type in the tree. */
    static <T> List<T> collect(Object root, Class<T> type) {
        List<T> found = new ArrayList<>();
        walk(root, node -> {
            if (type.isInstance(node)) {
                found.add(type.cast(node));
            }
            return true;
        });
        return found;
    }

    /**
     * Puts each key of {@code replacements} (compared by identity) out of the tree and its value in its
     * place, wherever a field, list or array below {@code root} holds it. Returns how many places changed.
     */
    @SuppressWarnings("unchecked")
    static int replace(Object root, Map<Object, Object> replacements) {
        int changed = 0;
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Object node = stack.pop();
            if (!seen.add(node)) {
                continue;
            }
            if (node instanceof List<?> list) {
                List<Object> items = (List<Object>) list;
                for (int i = 0; i < items.size(); i++) {
                    Object with = replacements.get(items.get(i));
                    if (with != null) {
                        items.set(i, with);
                        changed++;
                    }
                }
            } else if (node instanceof Object[] array) {
                for (int i = 0; i < array.length; i++) {
                    Object with = replacements.get(array[i]);
                    if (with != null) {
                        array[i] = with;
                        changed++;
                    }
                }
            } else if (isModel(node.getClass())) {
                for (Field f : FIELDS.get(node.getClass())) {
                    try {
                        Object with = replacements.get(f.get(node));
                        if (with != null) {
                            f.set(node, with);
                            changed++;
                        }
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException("cannot write " + f, e);
                    }
                }
            }
            children(node).forEach(stack::push);
        }
        return changed;
    }

    /** The model objects held directly by {@code node}, flattening collections, maps and arrays. */
    static List<Object> children(Object node) {
        List<Object> out = new ArrayList<>();
        if (node instanceof Collection<?> c) {
            c.forEach(e -> addChild(out, e));
        } else if (node instanceof Map<?, ?> m) {
            m.values().forEach(e -> addChild(out, e));
        } else if (node instanceof Object[] array) {
            for (Object e : array) {
                addChild(out, e);
            }
        } else if (isModel(node.getClass())) {
            for (Field f : FIELDS.get(node.getClass())) {
                try {
                    addChild(out, f.get(node));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + f, e);
                }
            }
        }
        return out;
    }

    private static void addChild(List<Object> out, Object value) {
        if (value == null || value instanceof Enum<?> || value instanceof Number || value instanceof CharSequence) {
            return;
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?> || value instanceof Object[]
                || isModel(value.getClass())) {
            out.add(value);
        }
    }

    private static boolean isModel(Class<?> type) {
        String name = type.getName();
        return name.startsWith(MODEL_PACKAGE) && !name.startsWith(PARSER_PACKAGE);
    }

    private static boolean isQualifier(Class<?> owner, Field f) {
        return (owner == Column.class || owner == AllTableColumns.class) && f.getName().equals("table");
    }
}
