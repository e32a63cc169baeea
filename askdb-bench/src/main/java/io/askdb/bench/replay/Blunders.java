package io.askdb.bench.replay;

import io.askdb.bench.llmstub.ModelSkill;
import io.askdb.bench.llmstub.SkillTable;
import io.askdb.bench.workload.StreamQuestion;
import io.askdb.bench.workload.Workload;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The model-aware stub's answers: for each question of the stream one draw (deterministic per
 * seed and gold SQL) decides which models get it wrong ({@link SkillTable}), and one realistic
 * mistake, found before the replay, is what they write instead: a filter left out, a join on the
 * wrong key, a neighbouring column, a ranking in the wrong direction, or the wrong table counted.
 * A mistake counts only if it runs and its rows differ from the gold's; a question for which no
 * kind of mistake does both is answered right (reported as {@code noMistakePossible}).
 *
 * <p>Immutable after construction; the stub's threads share it.
 */
final class Blunders implements ModelSkill {

    /** One wrong answer and what kind of mistake it is. */
    record Blunder(String kind, String sql) {}

    /** A join on the wrong key: the condition written, the one the model writes. */
    private static final String[][] WRONG_JOINS = {
        {"h.ShipToAddressID = a.AddressID", "h.BillToAddressID = a.AddressID"},
        {"p.ProductCategoryID = c.ProductCategoryID", "p.ProductCategoryID = c.ParentProductCategoryID"},
        {"c.ParentProductCategoryID = pc.ProductCategoryID", "c.ProductCategoryID = pc.ProductCategoryID"},
        {"ca.AddressID = a.AddressID", "ca.CustomerID = a.AddressID"},
        {"d.ProductID = p.ProductID", "d.ProductID = p.ProductModelID"},
        {"h.CustomerID = c.CustomerID", "h.SalesOrderID = c.CustomerID"},
    };

    /** A neighbouring column: the price a product costs us, the total before tax and freight, the unit price. */
    private static final String[][] WRONG_COLUMNS = {
        {"ListPrice", "StandardCost"}, {"TotalDue", "SubTotal"}, {"LineTotal", "UnitPrice"}, {"OrderQty", "LineTotal"},
    };

    /** The wrong thing counted or listed: addresses for customers, order lines for orders, top-level categories. */
    private static final String[][] WRONG_TABLES = {
        {"FROM SalesLT.Customer WHERE", "FROM SalesLT.Customer c2 JOIN SalesLT.CustomerAddress ca2 ON ca2.CustomerID = c2.CustomerID WHERE"},
        {"COUNT(*) FROM SalesLT.Customer", "COUNT(*) FROM SalesLT.CustomerAddress"},
        {"COUNT(*) FROM SalesLT.SalesOrderHeader", "COUNT(*) FROM SalesLT.SalesOrderDetail"},
        {"COUNT(*) FROM SalesLT.Product", "COUNT(*) FROM SalesLT.ProductModel"},
        {"SELECT Name FROM SalesLT.ProductCategory", "SELECT Name FROM SalesLT.ProductCategory WHERE ParentProductCategoryID IS NULL"},
    };

    private static final List<String> KINDS = List.of("missing filter", "wrong join", "wrong column", "reversed ranking",
            "wrong table");

    private final SkillTable skills;
    private final long seed;
    private final Map<String, Integer> hardness = new HashMap<>();
    private final Map<String, Double> draws = new HashMap<>();
    private final Map<String, Blunder> blunders = new HashMap<>();
    private int noMistakePossible;

    Blunders(Workload workload, SkillTable skills, GoldOracle oracle) {
        this.skills = skills;
        this.seed = workload.seed();
        for (StreamQuestion q : workload.questions()) {
            String gold = q.goldSql();
            if (hardness.putIfAbsent(gold, q.hardness().ordinal()) != null) {
                continue;
            }
            double draw = draw(gold);
            draws.put(gold, draw);
            if (draw < skills.maxWrong(q.hardness().ordinal())) {
                Blunder blunder = find(gold, oracle);
                if (blunder == null) {
                    noMistakePossible++;
                } else {
                    blunders.put(gold, blunder);
                }
            }
        }
    }

    @Override
    public String answer(String model, String goldSql) {
        Integer h = hardness.get(goldSql);
        Blunder blunder = blunders.get(goldSql);
        if (h == null || blunder == null || !skills.wrong(model, h, draws.get(goldSql))) {
            return goldSql;
        }
        return blunder.sql();
    }

    @Override
    public long reasoningTokens(String model, String goldSql) {
        Integer h = hardness.get(goldSql);
        return h == null ? 0 : skills.reasoningTokens(model, h);
    }

    /** Distinct gold statements for which a model could be drawn wrong but no mistake changes the rows. */
    int noMistakePossible() {
        return noMistakePossible;
    }

    /** The mistake for a gold statement, if one was made ready (for tests and the details file). */
    Blunder blunder(String goldSql) {
        return blunders.get(goldSql);
    }

    /** How many prepared mistakes there are of each kind. */
    Map<String, Integer> kinds() {
        Map<String, Integer> kinds = new java.util.TreeMap<>();
        blunders.values().forEach(b -> kinds.merge(b.kind(), 1, Integer::sum));
        return kinds;
    }

    private double draw(String gold) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ gold.hashCode()).nextDouble();
    }

    /** The first kind of mistake, in an order drawn per statement, that runs and changes the rows. */
    private Blunder find(String gold, GoldOracle oracle) {
        List<String> kinds = new ArrayList<>(KINDS);
        java.util.Collections.shuffle(kinds, new java.util.Random(seed ^ (31L * gold.hashCode())));
        List<List<Object>> goldRows;
        try {
            goldRows = oracle.rows(gold);
        } catch (SQLException e) {
            return null;
        }
        for (String kind : kinds) {
            String wrong = rewrite(kind, gold);
            if (wrong == null || wrong.equals(gold)) {
                continue;
            }
            try {
                List<List<Object>> rows = oracle.rows(wrong);
                if (!ResultMatcher.matches(rows, goldRows, gold)) {
                    return new Blunder(kind, wrong);
                }
            } catch (SQLException e) {
                // A mistake that does not run would be repaired from the error: not the kind wanted here.
            }
        }
        return null;
    }

    static String rewrite(String kind, String sql) {
        return switch (kind) {
            case "missing filter" -> dropFilter(sql);
            case "wrong join" -> replaceFirst(sql, WRONG_JOINS);
            case "wrong column" -> replaceFirst(sql, WRONG_COLUMNS);
            case "reversed ranking" -> sql.contains(" DESC") ? sql.replaceFirst(" DESC", " ASC") : null;
            case "wrong table" -> replaceFirst(sql, WRONG_TABLES);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static String replaceFirst(String sql, String[][] pairs) {
        for (String[] pair : pairs) {
            int at = sql.indexOf(pair[0]);
            if (at >= 0) {
                return sql.substring(0, at) + pair[1] + sql.substring(at + pair[0].length());
            }
        }
        return null;
    }

    /** The outer WHERE's last condition left out, or the whole WHERE when it has one condition. */
    static String dropFilter(String sql) {
        int where = topLevel(sql, " WHERE ", 0);
        if (where < 0) {
            return null;
        }
        int end = sql.length();
        for (String clause : new String[] {" GROUP BY ", " HAVING ", " ORDER BY "}) {
            int at = topLevel(sql, clause, where);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        int lastAnd = -1;
        for (int at = topLevel(sql, " AND ", where); at >= 0 && at < end; at = topLevel(sql, " AND ", at + 1)) {
            lastAnd = at;
        }
        return lastAnd >= 0 ? sql.substring(0, lastAnd) + sql.substring(end) : sql.substring(0, where) + sql.substring(end);
    }

    /** The first index of a keyword at or after {@code from}, outside parentheses and quotes; -1 if none. */
    static int topLevel(String sql, String keyword, int from) {
        String upper = sql.toUpperCase(Locale.ROOT);
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && i >= from && upper.startsWith(keyword, i)) {
                return i;
            }
        }
        return -1;
    }
}
