package io.askdb.sql;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableId;
import io.askdb.schema.TableInfo;
import io.askdb.sql.Scope.Cte;
import io.askdb.sql.Scope.Source;
import io.askdb.sql.SqlRejectedException.Reason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.expression.Alias;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.TableFunction;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.select.WithItem;

/**
 * Checks every table and column a query names against the catalogue, scope by scope: FROM items,
 * joins, CTEs (recursive ones too), derived tables, correlated subqueries and select-list aliases.
 * Denied columns are refused wherever they appear and {@code *} over a table with denied columns
 * is spelled out. Where a name cannot be resolved for lack of knowledge (a table function's
 * columns) it is let through: the database will judge it, and the deny-list cannot be at stake
 * because base tables always have known columns. One instance per statement; not thread-safe.
 */
final class NameResolver {

    private final SchemaCatalog catalog;
    private final ColumnDenyList denyList;
    private final boolean allowSystemCatalog;
    private final StarExpander stars;
    private final QuoteReading quotes;
    private final List<Column> strings = new ArrayList<>();
    private final Set<TableId> tables = new LinkedHashSet<>();
    private final Set<Object> settled = Collections.newSetFromMap(new IdentityHashMap<>());

    NameResolver(SchemaCatalog catalog, ColumnDenyList denyList, boolean allowSystemCatalog, Dialect dialect,
            QuoteReading quotes) {
        this.catalog = catalog;
        this.denyList = denyList;
        this.allowSystemCatalog = allowSystemCatalog;
        this.stars = new StarExpander(denyList, dialect);
        this.quotes = quotes;
    }

    /** Resolves the whole statement (rewriting stars in place) and returns the catalogue tables it reads. */
    Set<TableId> resolve(Select statement) {
        query(statement, null);
        return Collections.unmodifiableSet(tables);
    }

    /** The double-quoted "columns" the database reads as string literals, found by {@link #resolve}. */
    List<Column> stringLiterals() {
        return Collections.unmodifiableList(strings);
    }

    /** Resolves one query and returns its output column names, or null when they cannot be known. */
    private List<String> query(Select select, Scope outer) {
        if (!settled.add(select)) {
            return null;
        }
        Scope scope = new Scope(outer);
        Set<Object> skip = identitySet();
        if (select.getWithItemsList() != null) {
            skip.add(select.getWithItemsList());
            declareCtes(select.getWithItemsList(), scope);
        }
        if (select instanceof PlainSelect ps) {
            return plain(ps, scope, skip);
        }
        List<String> columns;
        if (select instanceof SetOperationList setOperation) {
            columns = null;
            for (Select branch : setOperation.getSelects()) {
                skip.add(branch);
                List<String> branchColumns = query(branch, scope);
                columns = columns == null ? branchColumns : columns;
            }
        } else if (select instanceof ParenthesedSelect parenthesed) {
            skip.add(parenthesed.getSelect());
            columns = query(parenthesed.getSelect(), scope);
        } else if (select instanceof Values) {
            columns = null;
        } else {
            throw new SqlRejectedException(Reason.NOT_READ_ONLY, "only plain SELECT queries may run");
        }
        // ORDER BY, LIMIT … of a set operation or parenthesised query see its output columns.
        Scope output = new Scope(scope);
        output.add(new Source("", "", Set.of(), null, columns));
        walk(select, skip, output);
        return columns;
    }

    private void declareCtes(List<WithItem<?>> withItems, Scope scope) {
        for (WithItem<?> item : withItems) {
            String name = Identifiers.unquote(item.getAliasName());
            List<String> declared = item.getWithItemList() == null ? null
                    : item.getWithItemList().stream().map(i -> Identifiers.unquote(i.toString())).toList();
            // Declared before its body is resolved, so a recursive CTE can read itself.
            scope.declare(new Cte(name, declared));
            if (item.getSelect() == null) {
                throw new SqlRejectedException(Reason.NOT_READ_ONLY, "the WITH item " + name + " modifies data");
            }
            List<String> computed = query(item.getSelect(), scope);
            scope.declare(new Cte(name, declared != null ? declared : computed));
        }
    }

    private List<String> plain(PlainSelect ps, Scope scope, Set<Object> skip) {
        List<Object> deferred = new ArrayList<>();
        if (ps.getFromItem() != null) {
            addSource(ps.getFromItem(), scope, skip, deferred);
        }
        if (ps.getJoins() != null) {
            for (Join join : ps.getJoins()) {
                addSource(join.getRightItem(), scope, skip, deferred);
            }
            boolean natural = ps.getJoins().stream().anyMatch(Join::isNatural);
            if (natural && scope.sources().stream().anyMatch(s -> s.table() != null && denyList.hasDenied(s.table().id()))) {
                // NATURAL JOIN compares every column of the same name, denied ones included.
                throw new SqlRejectedException(Reason.DENIED_COLUMN,
                        "NATURAL JOIN is not allowed on tables with denied columns; join with ON instead");
            }
        }
        for (SelectItem<?> item : ps.getSelectItems()) {
            if (item.getAlias() != null) {
                scope.addSelectAlias(Identifiers.unquote(item.getAlias().getName()));
            }
        }
        List<SelectItem<?>> expanded = stars.expand(ps.getSelectItems(), scope);
        if (expanded != ps.getSelectItems()) {
            ps.setSelectItems(expanded);
        }
        for (Object root : deferred) {
            walk(root, skip, scope);
        }
        walk(ps, skip, scope);
        return outputColumns(ps, scope);
    }

    private void addSource(FromItem item, Scope scope, Set<Object> skip, List<Object> deferred) {
        skip.add(item);
        Alias alias = item.getAlias();
        String aliasName = alias == null ? null : Identifiers.unquote(alias.getName());
        List<String> aliasColumns = alias == null || alias.getAliasColumns() == null ? null
                : alias.getAliasColumns().stream().map(c -> Identifiers.unquote(c.name)).toList();
        if (item instanceof Table table) {
            Source source = tableSource(table, aliasName, aliasColumns, scope);
            if (table.getPivot() != null || table.getUnPivot() != null) {
                deferred.add(table);
                skip.remove(table);
                source = new Source(source.qualifier(), source.display(), source.matchNames(), source.table(), null);
            }
            scope.add(source);
        } else if (item instanceof ParenthesedSelect derived) {
            List<String> columns = query(derived, scope);
            scope.add(derivedSource(aliasName, aliasColumns != null ? aliasColumns : columns));
        } else if (item instanceof ParenthesedFromItem nested) {
            addSource(nested.getFromItem(), scope, skip, deferred);
            if (nested.getJoins() != null) {
                for (Join join : nested.getJoins()) {
                    addSource(join.getRightItem(), scope, skip, deferred);
                    deferred.add(join);
                }
            }
            if (aliasName != null) {
                scope.add(derivedSource(aliasName, aliasColumns));
            }
        } else if (item instanceof TableFunction function) {
            deferred.add(function.getFunction() != null ? function.getFunction() : function);
            String name = aliasName != null ? aliasName : function.getName();
            scope.add(derivedSource(name, aliasColumns));
        } else {
            // VALUES lists and other row sources: their columns are whatever the alias says.
            deferred.add(item instanceof Values values ? values.getExpressions() : item);
            scope.add(derivedSource(aliasName, aliasColumns));
        }
    }

    private static Source derivedSource(String name, List<String> columns) {
        String n = name == null ? "" : name;
        Set<String> match = name == null ? Set.of() : Set.of(name.toLowerCase(Locale.ROOT));
        return new Source(n, n, match, null, columns);
    }

    private Source tableSource(Table table, String alias, List<String> aliasColumns, Scope scope) {
        String name = table.getUnquotedName();
        String schema = table.getUnquotedSchemaName();
        String database = table.getUnquotedDatabaseName();
        String written = table.getFullyQualifiedName();
        if (schema == null && database == null) {
            Cte cte = scope.cte(name);
            if (cte != null) {
                String visible = alias != null ? alias : name;
                return new Source(visible, visible, Set.of(visible.toLowerCase(Locale.ROOT)), null,
                        aliasColumns != null ? aliasColumns : cte.columns());
            }
        }
        Optional<TableInfo> info = lookup(schema, name);
        if (SystemCatalogs.isSystem(database, schema, name, info.isPresent())) {
            if (!allowSystemCatalog) {
                throw new SqlRejectedException(Reason.SYSTEM_CATALOG,
                        "reading the system catalogue (" + written + ") is not allowed");
            }
            return derivedSource(alias != null ? alias : name, aliasColumns);
        }
        if (info.isEmpty()) {
            if (name.equalsIgnoreCase("dual") && schema == null) {
                return new Source(name, name, Set.of("dual"), null, List.of());
            }
            throw unknownTable(written, schema, name, scope);
        }
        TableInfo t = info.get();
        if (aliasColumns != null && denyList.hasDenied(t.id())) {
            // AS c(a, b, …) would give the denied columns names the deny-list does not know.
            throw new SqlRejectedException(Reason.DENIED_COLUMN, "renaming the columns of "
                    + t.id().qualified() + " is not allowed: it has denied columns");
        }
        tables.add(t.id());
        Set<String> match = new LinkedHashSet<>();
        if (alias != null) {
            match.add(alias.toLowerCase(Locale.ROOT));
        } else {
            match.add(name.toLowerCase(Locale.ROOT));
            match.add(t.id().key());
            if (schema != null) {
                match.add((schema + "." + name).toLowerCase(Locale.ROOT));
            }
        }
        List<String> columns = t.columns().stream().map(ColumnInfo::name).toList();
        return new Source(alias != null ? alias : written, alias != null ? alias : name, Set.copyOf(match), t,
                aliasColumns != null ? aliasColumns : columns);
    }

    private Optional<TableInfo> lookup(String schema, String name) {
        if (schema == null) {
            return catalog.table(name);
        }
        Optional<TableInfo> exact = catalog.table(new TableId(schema, name));
        if (exact.isPresent()) {
            return exact;
        }
        // Databases without schemas (SQLite) still accept main.t; match on the name alone there.
        return catalog.tables().stream()
                .filter(t -> t.id().schema().isEmpty() && t.name().equalsIgnoreCase(name))
                .findFirst();
    }

    private SqlRejectedException unknownTable(String written, String schema, String name, Scope scope) {
        List<TableInfo> sameName = catalog.tables().stream().filter(t -> t.name().equalsIgnoreCase(name)).toList();
        if (schema == null && sameName.size() > 1) {
            return new SqlRejectedException(Reason.UNKNOWN_TABLE, "the table name '" + written
                    + "' is ambiguous; qualify it as " + String.join(" or ", sameName.stream().map(t -> t.id().qualified()).toList()));
        }
        List<String> candidates = new ArrayList<>(catalog.tables().stream().map(t -> t.id().qualified()).toList());
        candidates.addAll(scope.cteNames());
        String key = schema == null ? name : schema + "." + name;
        return new SqlRejectedException(Reason.UNKNOWN_TABLE, "unknown table '" + Identifiers.unquote(written) + "'"
                + NameSuggester.didYouMean(key, candidates, schema == null ? NameResolver::lastPart : s -> s));
    }

    private static String lastPart(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    /** Walks the expressions under {@code root}: columns are resolved, subqueries become child scopes. */
    private void walk(Object root, Set<Object> skip, Scope scope) {
        AstNodes.walkChildren(root, node -> {
            if (skip.contains(node) || settled.contains(node)) {
                return false;
            }
            if (node instanceof Select subquery) {
                query(subquery, scope);
                return false;
            }
            if (node instanceof Column column) {
                new ColumnCheck(denyList, scope, quotes, strings).check(column);
                return false;
            }
            if (node instanceof AllTableColumns star) {
                rowInExpression(star, scope);
                return false;
            }
            if (node instanceof Function function) {
                ColumnCheck.settleDatePart(function, settled);
            }
            return !(node instanceof Table || node instanceof AllColumns);
        });
    }

    /** {@code to_json(c.*)} and the like: a whole row inside an expression. */
    private void rowInExpression(AllTableColumns star, Scope scope) {
        String qualifier = StarExpander.qualifierKey(star.getTable());
        Source source = scope.find(qualifier);
        if (source == null) {
            throw new SqlRejectedException(Reason.UNKNOWN_TABLE, "unknown table or alias '" + qualifier + "' in " + star);
        }
        if (source.table() != null && denyList.hasDenied(source.table().id())) {
            throw new SqlRejectedException(Reason.DENIED_COLUMN, star + " would read the denied columns of "
                    + source.table().id().qualified());
        }
    }

    private static List<String> outputColumns(PlainSelect ps, Scope scope) {
        List<String> columns = new ArrayList<>();
        for (SelectItem<?> item : ps.getSelectItems()) {
            if (item.getAlias() != null) {
                columns.add(Identifiers.unquote(item.getAlias().getName()));
            } else if (item.getExpression() instanceof Column c) {
                columns.add(Identifiers.unquote(c.getColumnName()));
            } else if (item.getExpression() instanceof AllTableColumns star) {
                Source source = scope.findLocal(StarExpander.qualifierKey(star.getTable()));
                if (source == null || !source.knowsColumns()) {
                    return null;
                }
                columns.addAll(source.columns());
            } else if (item.getExpression() instanceof AllColumns) {
                for (Source source : scope.sources()) {
                    if (!source.knowsColumns()) {
                        return null;
                    }
                    columns.addAll(source.columns());
                }
            } else {
                columns.add("");
            }
        }
        return columns;
    }

    private static Set<Object> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
