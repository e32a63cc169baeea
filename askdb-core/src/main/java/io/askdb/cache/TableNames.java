package io.askdb.cache;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * The tables a cached SQL reads, as lower-case bare names, for invalidation by table. SQL that does
 * not parse reads {@link #ANY} table: any table invalidation removes it, which is never wrong.
 *
 * <p>Parses in the caller's thread: {@code CCJSqlParserUtil.parse} would start a thread for every
 * statement to enforce its time-out. The SQL here is what the guard let through and re-wrote, so
 * the guard's length and nesting limits already bound the work.
 */
final class TableNames {

    /** Stands for "could not tell": matched by every table. */
    static final String ANY = "*";

    private TableNames() {}

    static Set<String> of(String sql) {
        if (sql == null || sql.isBlank()) {
            return Set.of();
        }
        Statement statement;
        try {
            statement = parse(sql, false);
        } catch (JSQLParserException | RuntimeException e) {
            try {
                statement = parse(sql, true);
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

    private static Statement parse(String sql, boolean squareBrackets) throws JSQLParserException {
        try {
            return CCJSqlParserUtil.newParser(sql).withAllowComplexParsing(false)
                    .withSquareBracketQuotation(squareBrackets).Statement();
        } catch (ParseException e) {
            throw new JSQLParserException(e);
        }
    }

    /** "SalesLT.Product", "[dbo].[Product]", "\"product\"" → "product". */
    static String bare(String name) {
        String unquoted = name.replaceAll("[\"`\\[\\]]", "").trim();
        int dot = unquoted.lastIndexOf('.');
        return (dot >= 0 ? unquoted.substring(dot + 1) : unquoted).toLowerCase(Locale.ROOT);
    }
}
