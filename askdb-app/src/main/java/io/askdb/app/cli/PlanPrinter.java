package io.askdb.app.cli;

import io.askdb.api.QueryResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders a dry run for people: what the SQL reads and the database's own plan of it; nothing ran. */
final class PlanPrinter {

    private PlanPrinter() {}

    static String render(QueryResponse r) {
        StringBuilder out = new StringBuilder("\nDry run: nothing was executed.\n");
        Map<String, Object> plan = r.plan();
        if (plan == null) {
            return out.append("(no plan: the database was not asked)\n").toString();
        }
        out.append("Reads tables:  ").append(joined(plan.get("tables"))).append('\n');
        out.append("Reads columns: ").append(joined(plan.get("columns"))).append('\n');
        if (plan.get("estimatedRows") instanceof Number rows) {
            out.append(String.format(Locale.ROOT, "Estimate: %,.0f rows", rows.doubleValue()));
            if (plan.get("estimatedCost") instanceof Number cost) {
                out.append(String.format(Locale.ROOT, ", cost %.2f", cost.doubleValue()));
            }
            out.append(" (the database's own estimate)\n");
        }
        out.append("Plan (").append(plan.get("database")).append(", ").append(plan.get("command")).append("):\n");
        if (plan.get("lines") instanceof List<?> lines) {
            lines.forEach(line -> out.append("  ").append(line).append('\n'));
        }
        return out.toString();
    }

    private static String joined(Object values) {
        return values instanceof List<?> list && !list.isEmpty()
                ? String.join(", ", list.stream().map(String::valueOf).toList())
                : "(none)";
    }
}
