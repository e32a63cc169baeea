package io.askdb.sql;

import io.askdb.schema.TableId;
import java.util.Set;

/** A statement the guard let through, rewritten to run as is. */
public record GuardedSql(String sql, Set<TableId> tables, boolean capped) {

    public GuardedSql {
        tables = Set.copyOf(tables);
    }
}
