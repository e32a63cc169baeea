package io.askdb.orchestration;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the SQL out of a model's answer, which may wrap it in prose or code fences, or add more
 * statements than asked for. Only the first statement is kept; the caller learns that others were
 * dropped, and the guard still checks what is kept.
 */
final class SqlExtractor {

    private static final Pattern FENCE = Pattern.compile("```(?:sql|SQL|tsql|postgresql|mysql|sqlite)?\\s*\\n?(.*?)```",
            Pattern.DOTALL);
    private static final Pattern START = Pattern.compile("(?is)\\b(WITH\\s+\\w+(?:\\s*\\([^)]*\\))?\\s+AS\\s*\\(|SELECT\\b)");
    private static final Pattern CLARIFY = Pattern.compile("(?is)^\\s*CLARIFY\\s*:\\s*(.+)$");

    /** What was found in an answer: SQL, a clarifying question, or nothing usable. */
    record Extracted(Optional<String> sql, Optional<String> clarification, boolean extraStatementsDropped) {}

    private SqlExtractor() {}

    static Extracted extract(String answer) {
        if (answer == null || answer.isBlank()) {
            return new Extracted(Optional.empty(), Optional.empty(), false);
        }
        Matcher clarify = CLARIFY.matcher(answer.trim());
        if (clarify.matches()) {
            return new Extracted(Optional.empty(), Optional.of(clarify.group(1).trim()), false);
        }
        String body = answer;
        Matcher fence = FENCE.matcher(answer);
        if (fence.find()) {
            body = fence.group(1);
        } else {
            Matcher start = START.matcher(answer);
            if (!start.find()) {
                return new Extracted(Optional.empty(), Optional.empty(), false);
            }
            body = answer.substring(start.start());
        }
        String[] statements = splitStatements(body);
        String first = statements[0].trim();
        boolean extra = false;
        for (int i = 1; i < statements.length; i++) {
            extra |= !statements[i].isBlank();
        }
        return new Extracted(first.isEmpty() ? Optional.empty() : Optional.of(first), Optional.empty(), extra);
    }

    /** Splits on semicolons outside quotes and comments. */
    private static String[] splitStatements(String sql) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                current.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
                current.append(c);
            } else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end;
                current.append('\n');
            } else if (c == ';') {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts.toArray(String[]::new);
    }
}
