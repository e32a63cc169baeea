package io.askdb.sql;

import io.askdb.sql.SqlRejectedException.Reason;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.NextValExpression;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.execute.Execute;
import net.sf.jsqlparser.statement.piped.FromQuery;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.TableStatement;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.select.WithItem;

/**
 * The parsed statement must be a query and nothing in it may write, lock, call a procedure or a
 * forbidden function. Every node is inspected (see {@link AstNodes}), so a data-modifying CTE or
 * a {@code SELECT INTO} deep inside a subquery is found as surely as one at the top.
 */
final class ReadOnlyCheck {

    private ReadOnlyCheck() {}

    /** Returns the statement as a {@link Select} when every rule holds. */
    static Select check(Statement statement) {
        if (statement instanceof Execute) {
            throw new SqlRejectedException(Reason.PROCEDURE_CALL, "procedure calls are not allowed");
        }
        if (!(statement instanceof PlainSelect || statement instanceof SetOperationList
                || statement instanceof ParenthesedSelect)) {
            String kind = statement instanceof Values ? "VALUES" : statement.getClass().getSimpleName();
            throw new SqlRejectedException(Reason.NOT_READ_ONLY, "only a read-only SELECT may run; this is " + kind);
        }
        AstNodes.walk(statement, ReadOnlyCheck::inspect);
        return (Select) statement;
    }

    private static boolean inspect(Object node) {
        if (node instanceof Execute) {
            throw new SqlRejectedException(Reason.PROCEDURE_CALL, "procedure calls are not allowed");
        }
        if (node instanceof Statement && !(node instanceof Select)) {
            throw new SqlRejectedException(Reason.NOT_READ_ONLY,
                    "only a read-only SELECT may run; it contains a " + node.getClass().getSimpleName() + " statement");
        }
        if (node instanceof TableStatement || node instanceof FromQuery) {
            throw new SqlRejectedException(Reason.NOT_READ_ONLY, "only plain SELECT queries may run");
        }
        if (node instanceof WithItem<?> with && with.getSelect() == null) {
            throw new SqlRejectedException(Reason.NOT_READ_ONLY,
                    "the WITH item " + with.getAliasName() + " modifies data; only SELECT may appear in WITH");
        }
        if (node instanceof PlainSelect ps
                && (ps.getIntoTables() != null && !ps.getIntoTables().isEmpty() || ps.getIntoTempTable() != null)) {
            throw new SqlRejectedException(Reason.SELECT_INTO,
                    "SELECT … INTO writes a table or variable; only plain SELECT may run");
        }
        if (node instanceof Select s && (s.getForMode() != null || s.getForUpdateTable() != null || s.getWait() != null
                || s.isSkipLocked() || s.isNoWait())) {
            throw new SqlRejectedException(Reason.LOCKING_CLAUSE, "locking clauses (FOR UPDATE, FOR SHARE) are not allowed");
        }
        if (node instanceof NextValExpression) {
            throw new SqlRejectedException(Reason.FORBIDDEN_FUNCTION, "NEXT VALUE FOR advances a sequence; it is not allowed");
        }
        if (node instanceof Function f && f.getMultipartName() != null) {
            ForbiddenFunctions.why(f.getMultipartName()).ifPresent(why -> {
                throw new SqlRejectedException(Reason.FORBIDDEN_FUNCTION,
                        "the function " + f.getName() + " is not allowed: " + why);
            });
        }
        return true;
    }
}
