package io.askdb.offline;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.ForeignKeyInfo;
import io.askdb.schema.TableInfo;
import java.util.List;

/**
 * A query composed from a question, before it is written in a dialect: one SELECT over a table
 * and the tables joined to it along foreign keys.
 */
record Plan(
        List<Item> select,
        boolean distinct,
        TableInfo from,
        List<Join> joins,
        List<Condition> where,
        boolean whereOr,
        List<Column> groupBy,
        Condition having,
        List<Order> orderBy,
        int limit) {

    Plan {
        select = List.copyOf(select);
        joins = List.copyOf(joins);
        where = List.copyOf(where);
        groupBy = List.copyOf(groupBy);
        orderBy = List.copyOf(orderBy);
    }

    /** A column of a table taking part in the query. */
    record Column(TableInfo table, ColumnInfo column) {
        String label() {
            return table.name() + "." + column.name();
        }
    }

    /** A select or order expression: a column, an aggregate of a column, or COUNT(*) when column is null. */
    record Item(String aggregate, Column column, boolean distinct) {
        static Item of(Column column) {
            return new Item(null, column, false);
        }

        static Item countAll() {
            return new Item("COUNT", null, false);
        }
    }

    /**
     * The right side of a comparison that is not a literal: another column times a factor ("more
     * than twice their standard cost"), or an aggregate of a column over its whole table ("above the
     * average price"), written as a subquery.
     */
    record Measure(double factor, Column column, String aggregate) {}

    /** A comparison of an item with one value, or two for BETWEEN. Values are String, Double or a {@link Measure}. */
    record Condition(Item item, String op, Object value, Object value2) {}

    /** A table joined through a foreign key to one already in the query. */
    record Join(TableInfo table, ForeignKeyInfo key) {}

    record Order(Item item, boolean descending) {}
}
