package io.askdb.offline;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.TableInfo;
import io.askdb.schema.linking.Mention;
import io.askdb.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The WHERE clause: a condition or value part compared with its column, years read as years,
 * equalities on one column merged into IN, and whether the question joins its conditions with "or".
 */
final class Filters {

    private Filters() {}

    /** The condition a part puts on its column, with the value in the column's type. */
    static Plan.Condition condition(Plan.Column col, Reading.Part p) {
        String op = p.detail.isEmpty() ? "=" : p.detail;
        Object value = p.value;
        if (value instanceof Reading.Against against) {
            return new Plan.Condition(Plan.Item.of(col), op, measure(col, against), null);
        }
        if (op.equals("YEAR")) {
            op = col.column().isNumeric() ? "=" : "YEAR=";
        } else if (value instanceof Double d && isYear(d) && !col.column().isNumeric()
                && (col.column().isTemporal() || col.column().isText())) {
            op = "YEAR" + op;
        }
        if (value instanceof Double d && col.column().isText() && !op.startsWith("YEAR")) {
            value = SqlWriter.literal(d).replace("'", "");
        }
        return new Plan.Condition(Plan.Item.of(col), op, value, p.value2);
    }

    /**
     * "rooms with king or queen bed": a word held by several columns ('Queen' as a bed type, 'QUEEN'
     * as a first name) takes the spelling of the column it was placed in, not of the first column found.
     */
    static void spellAsChosen(Reading.Part p) {
        if (p.mention.kind() != Mention.Kind.VALUE || p.chosen == null || p.chosen.value() == null
                || !(p.value instanceof String spelled)) {
            return;
        }
        boolean fromLinks = p.mention.links().stream().anyMatch(l -> spelled.equals(l.value()));
        if (fromLinks) {
            p.value = p.chosen.value();
        }
    }

    /**
     * A number right before the noun ("two allergies", "5 or more cards") compared by order with a
     * text column, no count asked yet: a count of rows, not a value of the column.
     */
    static boolean countsRows(Question q, Reading r, Reading.Part p, Plan.Column col) {
        ColumnInfo c = col.column();
        int at = p.mention.start();
        boolean numberBefore = at >= 1 && q.token(at - 1).isNumber()
                || at >= 3 && q.token(at - 3).isNumber() && q.token(at - 2).lower().equals("or")
                        && Set.of("more", "fewer", "less").contains(q.token(at - 1).lower());
        return numberBefore && p.role == Reading.Role.CONDITION && r.havingOp == null && p.value instanceof Double d
                && !isYear(d) && d == Math.rint(d) && p.value2 == null
                && Set.of("<", ">", "<=", ">=").contains(p.detail)
                && c.isText() && !c.isTemporal() && !c.isNumeric()
                && !ofNamedRows(r.parts.stream().map(x -> x.mention).toList(), col.table());
    }

    /**
     * "wrestlers with fewer than 100 days held": a column of the rows the question names holds one
     * value a row, which a count per row could never exceed; it is compared, not counted (unlike
     * "students with two allergies", kept in a table of their own).
     */
    static boolean ofNamedRows(List<Mention> mentions, TableInfo table) {
        return mentions.stream().anyMatch(m -> m.kind() == Mention.Kind.TABLE && !m.links().isEmpty()
                && m.links().get(0).table() == table);
    }

    /** "Marketing and Finance departments": equalities on one column can only mean either value. */
    static List<Plan.Condition> mergeSameColumn(List<Plan.Condition> where) {
        Map<Plan.Item, List<Plan.Condition>> byItem = new LinkedHashMap<>();
        for (Plan.Condition c : where) {
            byItem.computeIfAbsent(c.item(), k -> new ArrayList<>()).add(c);
        }
        List<Plan.Condition> out = new ArrayList<>();
        for (var e : byItem.entrySet()) {
            List<Plan.Condition> same = e.getValue();
            boolean allEqual = same.size() > 1 && same.stream().allMatch(c -> c.op().equals("="));
            if (allEqual) {
                out.add(new Plan.Condition(e.getKey(), "IN", same.stream().map(Plan.Condition::value).distinct().toList(), null));
            } else {
                out.addAll(same);
            }
        }
        return out;
    }

    /**
     * "the average age for male and female students": an aggregate asked for two values of one column
     * joined by "and" after "for" is asked for each of them, a breakdown by that column.
     */
    static Optional<Plan.Column> forEachValue(Question q, Reading r) {
        for (Reading.Part a : r.parts) {
            for (Reading.Part b : r.parts) {
                if (a.role != Reading.Role.VALUE || b.role != Reading.Role.VALUE || a.chosen == null || b.chosen == null
                        || a.chosen.column() == null || !a.chosen.column().equals(b.chosen.column())
                        || a.chosen.table() != b.chosen.table()) {
                    continue;
                }
                int first = a.mention.start();
                boolean pair = b.mention.start() == a.mention.end() + 1 && q.token(a.mention.end()).lower().equals("and");
                if (pair && first >= 1 && q.token(first - 1).lower().equals("for")) {
                    return Optional.of(new Plan.Column(a.chosen.table(), a.chosen.column()));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether two or more conditions are joined by "or" ("either"), not "and". */
    static boolean orHint(Question q, List<Plan.Condition> where) {
        if (where.size() < 2) {
            return false;
        }
        for (Token t : q.tokens()) {
            if (t.lower().equals("or") || t.lower().equals("either")) {
                return true;
            }
        }
        return false;
    }

    /** The column the right side names, in the compared column's table when it can be. */
    private static Plan.Measure measure(Plan.Column col, Reading.Against against) {
        Plan.Column other = col;
        if (against.mention() != null) {
            other = against.mention().links().stream().filter(l -> l.column() != null && l.column().isNumeric())
                    .sorted(Comparator.comparing(l -> l.table() == col.table() ? 0 : 1))
                    .findFirst().map(l -> new Plan.Column(l.table(), l.column())).orElse(col);
        }
        return new Plan.Measure(against.factor(), other, against.aggregate());
    }

    private static boolean isYear(double d) {
        return d >= 1000 && d <= 2100 && d == Math.rint(d);
    }
}
