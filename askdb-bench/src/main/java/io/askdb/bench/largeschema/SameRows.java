package io.askdb.bench.largeschema;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Execution match as Spider scores it: the same number of columns and the same rows, as a multiset,
 * or as a sequence when the gold query orders them. Values compare by meaning: 1, 1.0 and 1.00 are
 * equal and floating results agree to six decimals.
 */
final class SameRows {

    private static final Pattern ORDER_BY = Pattern.compile("\\border\\s+by\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private SameRows() {}

    static boolean match(List<List<Object>> answer, List<List<Object>> gold, String goldSql) {
        if (answer.size() != gold.size()) {
            return false;
        }
        if (!gold.isEmpty() && answer.get(0).size() != gold.get(0).size()) {
            return false;
        }
        List<String> a = canonical(answer);
        List<String> g = canonical(gold);
        if (!ORDER_BY.matcher(goldSql).find()) {
            a.sort(null);
            g.sort(null);
        }
        return a.equals(g);
    }

    private static List<String> canonical(List<List<Object>> rows) {
        List<String> out = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            StringBuilder line = new StringBuilder();
            for (Object value : row) {
                line.append(value(value)).append('\u0001');
            }
            out.add(line.toString());
        }
        return out;
    }

    private static String value(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        if (value instanceof Number || NUMBER.matcher(text).matches()) {
            try {
                BigDecimal number = new BigDecimal(text).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
                return number.signum() == 0 ? "0" : number.toPlainString();
            } catch (NumberFormatException e) {
                return text;
            }
        }
        return text;
    }
}
