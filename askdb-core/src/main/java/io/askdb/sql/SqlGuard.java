package io.askdb.sql;

import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableId;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statements;
import net.sf.jsqlparser.statement.select.Select;

/** Lets exactly one read-only statement through. */
public final class SqlGuard {

    private final SchemaCatalog catalog;
    private final Dialect dialect;
    private final int maxRows;

    public SqlGuard(SchemaCatalog catalog, Dialect dialect, List<String> denyColumns, int maxRows) {
        this.catalog = catalog;
        this.dialect = dialect;
        this.maxRows = maxRows;
    }

    public GuardedSql check(String sql) {
        Statements statements;
        try {
            statements = CCJSqlParserUtil.parseStatements(sql);
        } catch (JSQLParserException e) {
            throw new SqlRejectedException(SqlRejectedException.Reason.PARSE_ERROR, "cannot parse: " + e.getMessage());
        }
        if (statements.size() != 1) {
            throw new SqlRejectedException(SqlRejectedException.Reason.MULTIPLE_STATEMENTS, "only one statement");
        }
        if (!(statements.get(0) instanceof Select)) {
            throw new SqlRejectedException(SqlRejectedException.Reason.NOT_READ_ONLY, "only SELECT");
        }
        return new GuardedSql(sql, Set.<TableId>of(), false);
    }
}
