package io.askdb.pipeline;

import io.askdb.api.AskDbException;
import io.askdb.sql.GuardedSql;
import io.askdb.sql.QueryPlan;
import io.askdb.sql.SqlGuard;
import io.askdb.sql.QueryResult;
import java.util.List;
import java.util.Optional;

/**
 * Passes a candidate SQL through the guard and runs it, recording the attempt either way. A
 * database that is down is not the candidate's fault: that error propagates so the pipeline can
 * report it, while a rejected or failing statement is only recorded. In a dry run the statement is
 * guarded and planned by the database instead of run.
 */
final class SqlRunner {

    private SqlRunner() {}

    /** The rows, or empty when the guard or the database refused this SQL (recorded in the context). */
    static Optional<RanSql> run(QueryContext context, String sql) {
        GuardedSql guarded;
        try {
            guarded = context.snapshot().guard().check(sql,
                    context.request().allColumns() ? SqlGuard.Listing.AS_WRITTEN : SqlGuard.Listing.DESCRIBING);
        } catch (AskDbException e) {
            context.recordAttempt(sql, e);
            return Optional.empty();
        }
        if (context.request().dryRun()) {
            return plan(context, guarded);
        }
        try {
            QueryResult result = context.database().executor().execute(guarded.sql());
            context.recordAttempt(guarded.shown(), null);
            return Optional.of(new RanSql(guarded.shown(), result));
        } catch (AskDbException e) {
            context.recordAttempt(guarded.shown(), e);
            if (e.retryable()) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /**
     * A dry run's stand-in for execution: the database plans the statement (which finds the same unknown
     * names and syntax errors as running it would) and the plan is kept for the response; nothing runs,
     * so the result has the guard's output and no rows.
     */
    private static Optional<RanSql> plan(QueryContext context, GuardedSql guarded) {
        try {
            QueryPlan plan = context.database().planner().plan(guarded, context.catalog());
            context.recordAttempt(guarded.shown(), null);
            context.plan(plan);
            return Optional.of(new RanSql(guarded.shown(), new QueryResult(List.of(), List.of(), false)));
        } catch (AskDbException e) {
            context.recordAttempt(guarded.shown(), e);
            if (e.retryable()) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /** SQL as it ran (after the guard's rewrite, its row cap written as the configured bound) and its rows. */
    record RanSql(String sql, QueryResult result) {}
}
