package io.askdb.sql;

import io.askdb.schema.TableInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names visible at one level of a query: its row sources (tables, CTEs, derived tables), the
 * aliases of its select list, and the CTEs declared there. Lookups fall back to the enclosing
 * scope, which is how correlated subqueries see outer columns.
 */
final class Scope {

    /**
     * One row source in a FROM clause.
     *
     * @param qualifier how rewritten SQL refers to it: the alias, or the table name as written
     * @param display the short name for messages: the alias, or the bare table name
     * @param matchNames lower-case names a column qualifier may use for it
     * @param table the catalogue table for a base table, null otherwise
     * @param columns the column names, null when they cannot be known (table functions)
     */
    record Source(String qualifier, String display, Set<String> matchNames, TableInfo table, List<String> columns) {

        boolean hasColumn(String name) {
            return columns != null && columns.stream().anyMatch(c -> c.equalsIgnoreCase(name));
        }

        boolean knowsColumns() {
            return columns != null;
        }
    }

    /** A CTE: its name and output columns (null when unknown). */
    record Cte(String name, List<String> columns) {}

    private final Scope parent;
    private final List<Source> sources = new ArrayList<>();
    private final Set<String> selectAliases = new HashSet<>();
    private final Map<String, Cte> ctes = new HashMap<>();

    Scope(Scope parent) {
        this.parent = parent;
    }

    Scope parent() {
        return parent;
    }

    List<Source> sources() {
        return sources;
    }

    void add(Source source) {
        sources.add(source);
    }

    void addSelectAlias(String alias) {
        selectAliases.add(alias.toLowerCase(Locale.ROOT));
    }

    boolean hasSelectAlias(String name) {
        return selectAliases.contains(name.toLowerCase(Locale.ROOT));
    }

    void declare(Cte cte) {
        ctes.put(cte.name().toLowerCase(Locale.ROOT), cte);
    }

    /** The CTE of that name here or in an enclosing scope, or null. */
    Cte cte(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Cte cte = s.ctes.get(name.toLowerCase(Locale.ROOT));
            if (cte != null) {
                return cte;
            }
        }
        return null;
    }

    /** All CTE names visible here (for suggestions). */
    List<String> cteNames() {
        List<String> names = new ArrayList<>();
        for (Scope s = this; s != null; s = s.parent) {
            s.ctes.values().forEach(c -> names.add(c.name()));
        }
        return names;
    }

    /** The source a qualifier such as {@code c} or {@code SalesLT.Customer} names, here or outside. */
    Source find(String qualifier) {
        String key = qualifier.toLowerCase(Locale.ROOT);
        for (Scope s = this; s != null; s = s.parent) {
            for (Source source : s.sources) {
                if (source.matchNames().contains(key)) {
                    return source;
                }
            }
        }
        return null;
    }

    /** The source a qualifier names in this scope only. */
    Source findLocal(String qualifier) {
        String key = qualifier.toLowerCase(Locale.ROOT);
        return sources.stream().filter(s -> s.matchNames().contains(key)).findFirst().orElse(null);
    }
}
