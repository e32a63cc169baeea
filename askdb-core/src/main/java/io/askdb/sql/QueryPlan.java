package io.askdb.sql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a statement would do, told without running it: the database's own plan (EXPLAIN in its
 * dialect), its estimate of rows and cost where the database gives one, and the tables and columns
 * the statement reads.
 *
 * @param database the database product the plan comes from (for example "PostgreSQL")
 * @param command the EXPLAIN command that produced the plan
 * @param lines the plan as the database prints it, one step a line
 * @param estimatedRows the database's estimate of the rows returned (or examined, for MySQL/MariaDB), null when it gives none
 * @param estimatedCost the database's cost estimate in its own units, null when it gives none
 * @param tables the tables read, qualified
 * @param columns the columns read, as {@code schema.table.column}
 */
public record QueryPlan(String database, String command, List<String> lines, Double estimatedRows,
        Double estimatedCost, List<String> tables, List<String> columns) {

    public QueryPlan {
        lines = List.copyOf(lines);
        tables = List.copyOf(tables);
        columns = List.copyOf(columns);
    }

    /** The plan as the response's {@code plan} object. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("database", database);
        map.put("command", command);
        map.put("estimatedRows", estimatedRows);
        map.put("estimatedCost", estimatedCost);
        map.put("tables", tables);
        map.put("columns", columns);
        map.put("lines", lines);
        return map;
    }
}
