package io.askdb.cache;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * The tables a cached SQL reads, as lower-case bare names, for invalidation by table. SQL that does
 * not parse reads {@link #ANY} table: any table invalidation removes it, which is never wrong.
 */
final class TableNames {

    /** Stands for "could not tell": matched by every table. */
    static final String ANY = "*";

    /** SQL here already passed the guard's parser; a statement that still takes long is given up on. */
    private static final int PARSE_TIMEOUT_MS = 500;

    private TableNames() {}

    static Set<String> of(String sql) {
        if (sql == null || sql.isBlank()) {
            return Set.of();
        }
        Statement statement;
        try {
            statement = CCJSqlParserUtil.parse(sql, parser -> parser.withAllowComplexParsing(false)
                    .withTimeOut(PARSE_TIMEOUT_MS));
        } catch (JSQLParserException | RuntimeException e) {
            try {
                statement = CCJSqlParserUtil.parse(sql, parser -> parser.withAllowComplexParsing(false)
                        .withSquareBracketQuotation(true).withTimeOut(PARSE_TIMEOUT_MS));
            } catch (JSQLParserException | RuntimeException again) {
                return Set.of(ANY);
            }
        }
        Set<String> names = new HashSet<>();
        try {
            for (String name : new TablesNamesFinder<>().getTables(statement)) {
                names.add(bare(name));
            }
        } catch (RuntimeException e) {
            return Set.of(ANY);
        }
        return Set.copyOf(names);
    }

    /** "SalesLT.Product", "[dbo].[Product]", "\"product\"" → "product". */
    static String bare(String name) {
        String unquoted = name.replaceAll("[\"`\\[\\]]", "").trim();
        int dot = unquoted.lastIndexOf('.');
        return (dot >= 0 ? unquoted.substring(dot + 1) : unquoted).toLowerCase(Locale.ROOT);
    }
}
