package io.askdb.offline;

import io.askdb.schema.linking.Mention;
import io.askdb.text.CueKind;
import io.askdb.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a reading left out of its plan. Every content word and clause of the question is either
 * placed by the plan or counted here: a negation with no negated condition, a grouping ("per",
 * "by category") the plan does not group by, a ranking ("top", "highest") it does not order by, a
 * filter whose value it does not compare, a time qualifier ("in June", "in 2008") it does not
 * filter on. A reading that dropped any of these is not the question's reading, whatever the
 * confidence model says of its shape, so {@link OfflineAnswerer} caps its confidence below the
 * fast path's threshold and the response names the parts it could not place.
 *
 * @param dropped the kinds of clause left out: negation, grouping, ranking, filter, time, count (a count per row)
 * @param unplaced the question's words the reading could not place, as written
 */
record Omissions(List<String> dropped, List<String> unplaced) {

    /** The cap on the confidence of a reading that dropped a clause: below any sensible fast-path threshold. */
    static final double DROPPED_CAP = 0.5;

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> TIME_WORDS = Set.of("today", "yesterday", "tomorrow", "week", "month",
            "quarter", "recent", "recently", "ago", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "weekend", "spring", "summer", "autumn", "winter");
    private static final Set<String> OWNED_AGGREGATES = Set.of("total", "average", "number", "count", "sum", "mean");
    private static final Set<String> NEGATED_OPS = Set.of("!=", "<>", "NOT LIKE", "NOT IN", "IS NULL", "NOT EXISTS");

    Omissions {
        dropped = List.copyOf(dropped);
        unplaced = List.copyOf(unplaced);
    }

    static Omissions of(Question q, Reading r, Plan plan) {
        List<String> dropped = new ArrayList<>();
        Set<String> unplaced = new LinkedHashSet<>(r.unexplainedWords);
        boolean negatedCondition = r.negationPlaced
                || plan.where().stream().anyMatch(c -> NEGATED_OPS.contains(c.op()))
                || plan.having() != null && NEGATED_OPS.contains(plan.having().op());
        if (!negatedCondition) {
            for (int i = 0; i < q.size(); i++) {
                Token t = q.token(i);
                if (Absence.NEGATIONS.contains(t.lower()) || t.lower().equals("except")) {
                    dropped.add("negation");
                    unplaced.add(t.text());
                    break;
                }
            }
        }
        if (plan.groupBy().isEmpty()) {
            for (Reading.Part p : r.parts) {
                if (p.role == Reading.Role.GROUP) {
                    dropped.add("grouping");
                    unplaced.add(words(q, p.mention.start(), p.mention.end()));
                    break;
                }
            }
        }
        // A superlative ("priciest") needs an order or an extreme; a row cap alone ("top 5") only a limit.
        boolean ordered = !plan.orderBy().isEmpty()
                || plan.select().stream().anyMatch(i -> "MAX".equals(i.aggregate()) || "MIN".equals(i.aggregate()));
        boolean superlativeDropped = !ordered && q.has(CueKind.SUPERLATIVE);
        boolean topDropped = !ordered && plan.limit() <= 0 && q.has(CueKind.TOP);
        if (superlativeDropped || topDropped) {
            dropped.add("ranking");
            q.first(superlativeDropped ? CueKind.SUPERLATIVE : CueKind.TOP)
                    .ifPresent(c -> unplaced.add(words(q, c.start(), c.end())));
        }
        boolean filtered = !plan.where().isEmpty() || plan.having() != null;
        if (!filtered) {
            for (Reading.Part p : r.parts) {
                if (p.role == Reading.Role.CONDITION || p.role == Reading.Role.VALUE || p.role == Reading.Role.HAVING) {
                    dropped.add("filter");
                    unplaced.add(words(q, p.mention.start(), p.mention.end()));
                    break;
                }
            }
        }
        int owned = plan.groupBy().isEmpty() ? ownedAggregate(q, r, plan) : -1;
        if (owned >= 0) {
            dropped.add("grouping"); // "customers with their total order value": one total per customer
            unplaced.add(words(q, owned, owned + 2));
        }
        if (countsSingleRows(plan)) {
            dropped.add("count");
        }
        for (int i = 0; i < q.size(); i++) {
            Token t = q.token(i);
            boolean time = t.isWord() && (MONTHS.contains(t.lower()) && (t.capitalized() || !t.lower().equals("may"))
                    || TIME_WORDS.contains(t.lower()));
            if ((time || t.isYear()) && !r.explained[i]) {
                dropped.add("time");
                unplaced.add(t.text());
                break;
            }
        }
        return new Omissions(dropped, new ArrayList<>(unplaced));
    }

    /**
     * Where "their total", "its average", "their number of" says an aggregate is owned by each row
     * listed, or -1; a word of the listed rows' own column does not count ("their total points" over
     * Total_Points), one of a joined table's does ("customers with their total order value" over orders.total).
     */
    private static int ownedAggregate(Question q, Reading r, Plan plan) {
        for (int i = 0; i + 1 < q.size(); i++) {
            String w = q.token(i).lower();
            int at = i + 1;
            if (!(w.equals("their") || w.equals("its")) || !OWNED_AGGREGATES.contains(q.token(at).lower())) {
                continue;
            }
            boolean ownColumn = r.parts.stream().anyMatch(p -> p.mention.kind() == Mention.Kind.COLUMN
                    && p.mention.start() <= at && at < p.mention.end()
                    && p.chosen != null && p.chosen.table() == plan.from());
            if (!ownColumn) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A count per row of one table: grouped by its own key with nothing joined, every group holds one
     * row, so "more than 3" or "the most" compares ones. The reading lost what was to be counted
     * ("cities with more than 3 airports" grouped by airport).
     */
    private static boolean countsSingleRows(Plan plan) {
        boolean counts = plan.having() != null && "COUNT".equals(plan.having().item().aggregate())
                || plan.orderBy().stream().anyMatch(o -> "COUNT".equals(o.item().aggregate()));
        var key = plan.from().primaryKey();
        return counts && plan.joins().isEmpty() && plan.groupBy().size() == 1 && key.size() == 1
                && plan.groupBy().get(0).table() == plan.from() && plan.groupBy().get(0).column().equals(key.get(0));
    }

    /** The confidence of the reading, capped when it dropped a clause. */
    double cap(double confidence) {
        return cap(confidence, dropped.size());
    }

    /** A confidence capped for a reading that dropped {@code clauses} clauses. */
    static double cap(double confidence, int clauses) {
        if (clauses <= 0) {
            return confidence;
        }
        return Math.min(confidence, DROPPED_CAP) * Math.pow(0.8, clauses - 1);
    }

    private static String words(Question q, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i < Math.min(to, q.size()); i++) {
            out.add(q.token(i).text());
        }
        return String.join(" ", out);
    }
}
