package io.askdb.sql;

import io.askdb.sql.SqlRejectedException.Reason;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;

/**
 * Runs JSqlParser in the caller's thread. {@code CCJSqlParserUtil.parseStatements} would start a
 * thread per call (and leak it when parsing fails); the screen's length and nesting limits bound
 * the work instead. Like the utility, it tries the fast grammar first and the complex one second.
 */
final class StatementParser {

    private final boolean squareBrackets;

    StatementParser(Dialect dialect) {
        this.squareBrackets = SqlLexer.forDialect(dialect).bracketIdentifiers();
    }

    /** The one statement in {@code sql}; PARSE_ERROR, EMPTY or MULTIPLE_STATEMENTS otherwise. */
    Statement parseOne(String sql) {
        Statements statements;
        try {
            statements = parse(sql, false);
        } catch (Exception first) {
            if (CCJSqlParserUtil.getNestingDepth(sql) > CCJSqlParserUtil.ALLOWED_NESTING_DEPTH) {
                throw rejected(first);
            }
            try {
                statements = parse(sql, true);
            } catch (Exception second) {
                throw rejected(second);
            }
        }
        if (statements.isEmpty()) {
            throw new SqlRejectedException(Reason.EMPTY, "the SQL holds no statement");
        }
        if (statements.size() > 1) {
            throw new SqlRejectedException(Reason.MULTIPLE_STATEMENTS,
                    "only one statement may run; found " + statements.size());
        }
        return statements.get(0);
    }

    private Statements parse(String sql, boolean complex) throws Exception {
        CCJSqlParser parser = CCJSqlParserUtil.newParser(sql)
                .withSquareBracketQuotation(squareBrackets)
                .withAllowComplexParsing(complex)
                .withUnsupportedStatements(false)
                .withErrorRecovery(false);
        return parser.Statements();
    }

    private static SqlRejectedException rejected(Exception e) {
        return new SqlRejectedException(Reason.PARSE_ERROR, "the SQL does not parse: " + shortMessage(e));
    }

    /** The parser's first lines ("Encountered unexpected token … at line 1, column 8"), without the expected-token list. */
    static String shortMessage(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int expecting = message.indexOf("Was expecting");
        if (expecting > 0) {
            message = message.substring(0, expecting);
        }
        message = message.replaceFirst("^[\\w.]+Exception: ", "").replaceAll("\\s+", " ").trim();
        return message.length() <= 200 ? message : message.substring(0, 197) + "...";
    }
}
