package io.askdb.sql;

import io.askdb.schema.TableId;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A statement the {@link SqlGuard} let through, ready to run.
 *
 * @param sql the statement to run: the input as re-written by the guard, with a row cap and with
 *     {@code *} over tables with denied columns spelled out; comments are gone
 * @param tables the catalogue tables the statement reads, in the order it names them
 * @param capped true when the guard added a row cap or lowered one that was above the limit
 * @param shown the same statement as a person reads it: its row cap is the configured bound, not
 *     the one-row-more the executor needs to tell a cut answer from a whole one
 */
public record GuardedSql(String sql, Set<TableId> tables, boolean capped, String shown) {

    public GuardedSql {
        tables = Collections.unmodifiableSet(new LinkedHashSet<>(tables));
        shown = shown == null ? sql : shown;
    }

    public GuardedSql(String sql, Set<TableId> tables, boolean capped) {
        this(sql, tables, capped, sql);
    }
}
