package io.askdb.app.cli;

import io.askdb.api.QueryResponse;
import io.askdb.api.TierName;
import io.askdb.api.TierReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders a response for people: the SQL, the tier and timing, the rows as a table, the account. */
final class ResponsePrinter {

    private static final int MAX_WIDTH = 40;
    private static final int MAX_PRINTED_ROWS = 50;

    private ResponsePrinter() {}

    static String render(QueryResponse r) {
        StringBuilder out = new StringBuilder();
        if (r.refused()) {
            out.append("Refused: ").append(r.error() == null ? "askdb will not answer this question." : r.error().message())
                    .append('\n');
            examples(r, out);
            return out.toString();
        }
        if (r.sql() != null) {
            out.append("SQL:  ").append(r.sql()).append('\n');
        }
        out.append(String.format(Locale.ROOT, "Tier: %s%s  |  %.1f ms  |  LLM calls: %d  |  cost: $%.4f%n",
                r.tier().wireName(), r.degraded() ? " (degraded)" : "", r.elapsedMs(), r.llmCalls(),
                r.estimatedCostUsd()));
        if (r.model() != null) {
            out.append("Model: ").append(r.model()).append('\n');
        }
        if (r.details().get("routing") instanceof java.util.Map<?, ?> routing && routing.get("reasoning") != null) {
            out.append("Routed: ").append(routing.get("reasoning")).append('\n');
        }
        for (TierReport report : r.tiers()) {
            if (!"answered".equals(report.outcome())) {
                out.append("  ").append(report.tier().wireName()).append(": ").append(report.reason()).append('\n');
            }
        }
        if (r.clarification() != null) {
            out.append("Clarification needed: ").append(r.clarification()).append('\n');
        }
        if (r.details().get("assumption") != null) {
            out.append("Assumed: ").append(r.details().get("assumption")).append('\n');
        }
        if (!r.success()) {
            String label = "NO_ANSWER".equals(r.error().code()) ? "No answer" : "Error (" + r.error().code() + ")";
            out.append(label).append(": ").append(r.error().message()).append('\n');
            examples(r, out);
            return out.toString();
        }
        if (r.dryRun()) {
            return out.append(PlanPrinter.render(r)).toString();
        }
        if (isGuess(r)) {
            out.append(String.format(Locale.ROOT, "Guess: an offline reading with confidence %.2f; check the SQL.%n",
                    r.confidence()));
            if (!r.unplaced().isEmpty()) {
                out.append("Not understood: ").append(String.join(", ", r.unplaced().stream().map(u -> "\"" + u + "\"").toList()))
                        .append('\n');
            }
        }
        out.append('\n').append(table(r.columns(), r.rows()));
        int shown = Math.min(r.rows().size(), MAX_PRINTED_ROWS);
        out.append(String.format(Locale.ROOT, "(%d row%s%s%s)%n", r.rowCount(), r.rowCount() == 1 ? "" : "s",
                shown < r.rowCount() ? ", first " + shown + " shown" : "",
                r.truncated() ? ", truncated at the row limit" : ""));
        return out.toString();
    }

    /** An airplane answer with a confidence: askdb's best guess, not a reading it is sure of. */
    static boolean isGuess(QueryResponse r) {
        return r.success() && r.tier() == TierName.AIRPLANE && r.confidence() != null;
    }

    private static void examples(QueryResponse r, StringBuilder out) {
        if (r.error() != null && !r.error().examples().isEmpty()) {
            out.append("CLARIFICATION_NEEDED".equals(r.error().code()) ? "Readings to choose from:\n"
                    : "Questions that work here:\n");
            r.error().examples().forEach(q -> out.append("  ").append(q).append('\n'));
        }
    }

    static String table(List<String> columns, List<List<Object>> rows) {
        List<List<Object>> shown = rows.subList(0, Math.min(rows.size(), MAX_PRINTED_ROWS));
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = Math.min(MAX_WIDTH, columns.get(i).length());
            for (List<Object> row : shown) {
                widths[i] = Math.max(widths[i], Math.min(MAX_WIDTH, cell(row.get(i)).length()));
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, new ArrayList<>(columns), widths);
        StringBuilder rule = new StringBuilder();
        for (int w : widths) {
            rule.append("-".repeat(w)).append("-+-");
        }
        out.append(rule, 0, Math.max(0, rule.length() - 3)).append('\n');
        for (List<Object> row : shown) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> values, int[] widths) {
        for (int i = 0; i < widths.length; i++) {
            String text = cell(values.get(i));
            if (text.length() > widths[i]) {
                text = text.substring(0, widths[i] - 1) + "…";
            }
            boolean last = i == widths.length - 1;
            // The last column is not padded: no line ends in spaces.
            out.append(last ? text : String.format(Locale.ROOT, "%-" + widths[i] + "s", text));
            out.append(last ? "\n" : " | ");
        }
    }

    private static String cell(Object value) {
        return value == null ? "NULL" : value.toString();
    }
}
