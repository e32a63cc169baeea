package io.askdb.bench.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A question whose right answer is one value, known by running {@code truthSql} on the database
 * directly (not through askdb, not through the proxy). An answer is right when its only cell equals
 * that value.
 */
record ChaosQuestion(String text, String truthSql, BigDecimal expected) {

    /** SalesLT on PostgreSQL (unquoted names, folded to lower case). */
    static final List<String[]> SALES_LT = List.of(
            new String[] {"How many customers are there?", "SELECT COUNT(*) FROM saleslt.customer"},
            new String[] {"How many products are there?", "SELECT COUNT(*) FROM saleslt.product"},
            new String[] {"How many Red products are there?", "SELECT COUNT(*) FROM saleslt.product WHERE color = 'Red'"},
            new String[] {"How many Black products are there?",
                "SELECT COUNT(*) FROM saleslt.product WHERE color = 'Black'"},
            new String[] {"What is the highest list price?", "SELECT MAX(listprice) FROM saleslt.product"},
            new String[] {"How many orders are there?", "SELECT COUNT(*) FROM saleslt.salesorderheader"});

    /** The questions with their values, read from the database now. */
    static List<ChaosQuestion> read(Connection connection) throws SQLException {
        List<ChaosQuestion> questions = new ArrayList<>();
        for (String[] q : SALES_LT) {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(q[1])) {
                rs.next();
                questions.add(new ChaosQuestion(q[0], q[1], rs.getBigDecimal(1)));
            }
        }
        return questions;
    }

    /** Whether the response object's rows are exactly this question's value. */
    boolean answeredBy(JsonNode response) {
        return value(response).map(v -> v.compareTo(expected) == 0).orElse(false);
    }

    private static Optional<BigDecimal> value(JsonNode response) {
        JsonNode rows = response.path("rows");
        if (!rows.isArray() || rows.size() != 1 || rows.get(0).size() != 1) {
            return Optional.empty();
        }
        JsonNode cell = rows.get(0).get(0);
        try {
            return Optional.of(cell.isNumber() ? cell.decimalValue() : new BigDecimal(cell.asText().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The question a prompt asks: of those it contains, the one that comes last (a prompt may quote
     * earlier questions as examples before the one to answer).
     */
    static Optional<ChaosQuestion> askedIn(String prompt, List<ChaosQuestion> questions) {
        String lower = prompt.toLowerCase(Locale.ROOT);
        ChaosQuestion best = null;
        int bestAt = -1;
        for (ChaosQuestion q : questions) {
            int at = lower.lastIndexOf(q.text().toLowerCase(Locale.ROOT).replace("?", ""));
            if (at > bestAt) {
                best = q;
                bestAt = at;
            }
        }
        return Optional.ofNullable(best);
    }
}
