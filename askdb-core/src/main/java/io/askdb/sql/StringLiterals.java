package io.askdb.sql;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.Statement;

/**
 * Turns the double-quoted "columns" a database reads as strings ({@code WHERE name = "Acme Ltd"} on
 * SQLite or MySQL) into proper single-quoted literals in the tree, so the SQL that runs says what the
 * database would have understood, on any reading of quotes.
 */
final class StringLiterals {

    private StringLiterals() {}

    static void rewrite(Statement statement, List<Column> columns) {
        if (columns.isEmpty()) {
            return;
        }
        Map<Object, Object> replacements = new IdentityHashMap<>();
        for (Column column : columns) {
            replacements.put(column, literal(column.getColumnName()));
        }
        AstNodes.replace(statement, replacements);
    }

    /** {@code "it's ""x"""} → the literal {@code 'it''s "x"'}. */
    static StringValue literal(String doubleQuoted) {
        String text = doubleQuoted.substring(1, doubleQuoted.length() - 1).replace("\"\"", "\"");
        StringValue value = new StringValue();
        value.setValue(text.replace("'", "''"));
        return value;
    }
}
