package io.askdb.app.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Execution accuracy: two results match when their rows are equal as multisets, or as sequences
 * when the gold query has ORDER BY. Values compare by meaning: 1, 1.0 and 1.00 are equal.
 * Column names are ignored; column order is not.
 */
final class ResultComparator {

    private static final Pattern ORDER_BY = Pattern.compile("\\border\\s+by\\b", Pattern.CASE_INSENSITIVE);

    private ResultComparator() {}

    static boolean matches(List<List<Object>> predicted, List<List<Object>> gold, String goldSql) {
        if (predicted.size() != gold.size()) {
            return false;
        }
        List<String> p = canonical(predicted);
        List<String> g = canonical(gold);
        if (!ORDER_BY.matcher(goldSql).find()) {
            p.sort(null);
            g.sort(null);
        }
        return p.equals(g);
    }

    private static List<String> canonical(List<List<Object>> rows) {
        List<String> out = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            StringBuilder key = new StringBuilder();
            for (Object value : row) {
                key.append(value(value)).append('\u0001');
            }
            out.add(key.toString());
        }
        return out;
    }

    private static String value(Object value) {
        if (value == null) {
            return "\u0000null";
        }
        if (value instanceof Number number) {
            try {
                BigDecimal d = new BigDecimal(number.toString()).stripTrailingZeros();
                // Floating sums differ in the last digits between equivalent queries.
                return d.scale() > 6 ? d.setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                        : d.toPlainString();
            } catch (NumberFormatException e) {
                return number.toString().toLowerCase(Locale.ROOT);
            }
        }
        return value.toString();
    }
}
