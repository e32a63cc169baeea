package io.askdb.bench.replay;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether an answer's rows are the gold rows. Both rules compare row multisets, or sequences when
 * the gold SQL has ORDER BY, and values by meaning (1, 1.0 and 1.00 are equal; floating results
 * agree to six decimals).
 *
 * <ul>
 *   <li>{@link #strict}: the same columns in the same order, as {@code askdb eval} scores Spider.
 *   <li>{@link #matches}: the gold columns appear among the answer's columns, in any order; an
 *       answer that also shows, say, the ID or the price next to the asked-for name still answers
 *       the question. This is the replay's "correct".
 * </ul>
 */
final class ResultMatcher {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final Pattern ORDER_BY = Pattern.compile("\\border\\s+by\\b", Pattern.CASE_INSENSITIVE);

    private ResultMatcher() {}

    static boolean strict(List<List<Object>> answer, List<List<Object>> gold, String goldSql) {
        if (answer.size() != gold.size() || width(answer) != width(gold)) {
            return false;
        }
        return sameRows(project(answer, identity(width(answer))), canonical(gold), ordered(goldSql));
    }

    static boolean matches(List<List<Object>> answer, List<List<Object>> gold, String goldSql) {
        if (answer.size() != gold.size()) {
            return false;
        }
        int goldWidth = width(gold);
        int answerWidth = width(answer);
        if (gold.isEmpty()) {
            return true;
        }
        if (answerWidth < goldWidth) {
            return false;
        }
        List<String> goldRows = canonical(gold);
        // Try every injective mapping of gold columns to answer columns whose values agree column-wise.
        List<List<Integer>> candidates = new ArrayList<>();
        for (int g = 0; g < goldWidth; g++) {
            List<Integer> fits = new ArrayList<>();
            List<String> goldColumn = column(gold, g);
            for (int a = 0; a < answerWidth; a++) {
                if (sameMultiset(column(answer, a), goldColumn)) {
                    fits.add(a);
                }
            }
            if (fits.isEmpty()) {
                return false;
            }
            candidates.add(fits);
        }
        return search(answer, goldRows, ordered(goldSql), candidates, new int[goldWidth], 0, new boolean[answerWidth]);
    }

    private static boolean search(List<List<Object>> answer, List<String> goldRows, boolean ordered,
            List<List<Integer>> candidates, int[] mapping, int next, boolean[] used) {
        if (next == mapping.length) {
            return sameRows(project(answer, mapping), goldRows, ordered);
        }
        for (int a : candidates.get(next)) {
            if (!used[a]) {
                used[a] = true;
                mapping[next] = a;
                if (search(answer, goldRows, ordered, candidates, mapping, next + 1, used)) {
                    return true;
                }
                used[a] = false;
            }
        }
        return false;
    }

    private static boolean sameRows(List<String> answer, List<String> gold, boolean ordered) {
        if (!ordered) {
            answer = new ArrayList<>(answer);
            gold = new ArrayList<>(gold);
            answer.sort(null);
            gold.sort(null);
        }
        return answer.equals(gold);
    }

    private static boolean sameMultiset(List<String> a, List<String> b) {
        String[] x = a.toArray(String[]::new);
        String[] y = b.toArray(String[]::new);
        Arrays.sort(x);
        Arrays.sort(y);
        return Arrays.equals(x, y);
    }

    private static boolean ordered(String goldSql) {
        return ORDER_BY.matcher(goldSql).find();
    }

    private static int width(List<List<Object>> rows) {
        return rows.isEmpty() ? 0 : rows.get(0).size();
    }

    private static int[] identity(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    private static List<String> column(List<List<Object>> rows, int c) {
        List<String> out = new ArrayList<>(rows.size());
        rows.forEach(row -> out.add(value(row.get(c))));
        return out;
    }

    private static List<String> project(List<List<Object>> rows, int[] columns) {
        List<String> out = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            StringBuilder key = new StringBuilder();
            for (int c : columns) {
                key.append(value(row.get(c))).append('\u0001');
            }
            out.add(key.toString());
        }
        return out;
    }

    private static List<String> canonical(List<List<Object>> rows) {
        return project(rows, identity(width(rows)));
    }

    static String value(Object value) {
        if (value == null) {
            return "\u0000null";
        }
        if (value instanceof Number number) {
            return number(number.toString());
        }
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        String text = value.toString().trim();
        // A response may carry a number as text; compare it as the number it is.
        return NUMBER.matcher(text).matches() ? number(text) : text;
    }

    private static String number(String text) {
        try {
            return new BigDecimal(text).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
