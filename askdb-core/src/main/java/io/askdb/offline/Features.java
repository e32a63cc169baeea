package io.askdb.offline;

import io.askdb.text.CueKind;
import io.askdb.text.StopWords;
import io.askdb.text.Token;
import java.util.Set;

/**
 * Signals the confidence model reads: what the composer had to guess, and the question's and the
 * plan's shape. {@link ConfidenceModel#signals} turns them into the model's inputs, which the
 * fitted model refers to by position. The tuning harness writes them as JSON under these names and
 * the fit reads them back by name: a renamed component would read as zero from earlier outcomes.
 *
 * @param shape count, aggregate or list, then +where, +group, +having, +top or +order
 * @param unexplained content words of the question no part or cue accounts for
 * @param unanchored cues left unattached, and weak links dropped as unreachable
 * @param ambiguous columns chosen over a near-tie, plus two for "both" over merged values, plus one for
 *     each choice between two keys to the same table that no word decides ({@link OwningKey}, {@link PairedColumns})
 * @param joins tables joined to the main one
 * @param conditions WHERE conditions, after equalities on one column merge into IN
 * @param weakestLink the lowest link score of the tables and the non-value columns, at most 1
 * @param mainNamed whether a mention names the main table (or, with nothing else to show, its word)
 * @param starSelect whether the plan selects every column
 * @param selectItems items in the select list
 * @param tokens the question's length
 * @param distinctWord whether the question says "distinct", "different", "unique" or the like
 * @param values parts read as a value of a column
 * @param lowercaseValue whether one of them starts with a lower-case word
 * @param meanLink the mean link score of the other linked parts, 0 when there are none
 * @param partialLinks the other parts linked with a score under 0.95
 * @param conjunctions the count of "and" and "or"
 * @param negated whether the question has a negation ("not", "without", "except", ...)
 * @param asksWhich whether it opens with which, who, whose or whom
 * @param unexplainedNames unexplained capitalised words: likely values the database lacks
 * @param textNumber numbers compared by order with text columns
 * @param both whether it says "both"
 * @param eachUngrouped "each", "per" or "every" in a plan without grouping
 * @param guessedAttribute "where is", "how long is": an attribute asked without naming it
 * @param echoed whether a selected column is fixed by an equality, so the answer repeats the question
 * @param tables the number of tables in the catalog
 * @param dropped clauses the plan left out ({@link Omissions}): negation, grouping, ranking, filter, time
 * @param unplaced the question's words the reading could not place, clause words included
 * @param explainedShare the share of the question's content words the reading explains, 1 when it has none
 * @param absence how a negation was placed: 0 not at all, 1 as IS NULL, 2 as NOT EXISTS, 3 as another negated comparison
 * @param columnMargin the narrowest win of a chosen column over the next one the words could mean, 1 when unopposed
 * @param tableMargin the narrowest win of a named table over another table the words could mean, 1 when unopposed
 * @param unusedNumbers numbers of the question the plan does not use at all
 * @param totalWithoutSum "total" or "sum" said, and nothing summed
 * @param distinctPlan whether the plan selects DISTINCT rows
 * @param countsValues whether the plan counts the distinct values of a column
 */
record Features(
        String shape,
        int unexplained,
        int unanchored,
        int ambiguous,
        int joins,
        int conditions,
        double weakestLink,
        boolean mainNamed,
        boolean starSelect,
        int selectItems,
        int tokens,
        boolean distinctWord,
        int values,
        boolean lowercaseValue,
        double meanLink,
        int partialLinks,
        int conjunctions,
        boolean negated,
        boolean asksWhich,
        int unexplainedNames,
        int textNumber,
        boolean both,
        boolean eachUngrouped,
        boolean guessedAttribute,
        boolean echoed,
        int tables,
        int dropped,
        int unplaced,
        double explainedShare,
        int absence,
        double columnMargin,
        double tableMargin,
        int unusedNumbers,
        boolean totalWithoutSum,
        boolean distinctPlan,
        boolean countsValues) {

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "without", "n't", "except", "none");
    private static final Set<String> WHICH = Set.of("which", "who", "whose", "whom");
    private static final Set<String> EACH = Set.of("each", "per", "every");

    /** The signals of a composed plan, with what the composer counted while composing it. */
    static Features of(Question q, Reading r, Plan plan, int ambiguous, double weakest, boolean mainNamed,
            boolean star, boolean guessedAttribute, int tables, Omissions omissions, Composer.Margins margins) {
        int values = 0;
        int partial = 0;
        boolean lowercase = false;
        double linkSum = 0;
        int linkCount = 0;
        for (Reading.Part p : r.parts) {
            if (p.role == Reading.Role.VALUE) {
                values++;
                Token first = q.token(p.mention.start());
                lowercase |= first.kind() == Token.Kind.WORD && !first.capitalized();
            } else if (p.chosen != null) {
                linkSum += p.chosen.score();
                linkCount++;
                partial += p.chosen.score() < 0.95 ? 1 : 0;
            }
        }
        return new Features(shape(r, plan), r.unexplained, r.unanchored, ambiguous, plan.joins().size(),
                plan.where().size(), weakest, mainNamed, star, plan.select().size(), q.size(), q.has(CueKind.DISTINCT),
                values, lowercase, linkCount == 0 ? 0 : linkSum / linkCount, partial,
                (int) q.tokens().stream().filter(t -> t.lower().equals("and") || t.lower().equals("or")).count(),
                q.tokens().stream().anyMatch(t -> NEGATIONS.contains(t.lower())),
                q.size() > 0 && WHICH.contains(q.token(0).lower()), r.unexplainedNames,
                textNumberComparisons(plan),
                q.tokens().stream().anyMatch(t -> t.lower().equals("both")),
                plan.groupBy().isEmpty() && q.tokens().stream().anyMatch(t -> EACH.contains(t.lower())),
                guessedAttribute, echoed(plan), tables, omissions.dropped().size(), omissions.unplaced().size(),
                explainedShare(q, r), absence(r, plan), margins.column, margins.table,
                unusedNumbers(q, plan), totalWithoutSum(q, plan), plan.distinct(),
                plan.select().stream().anyMatch(i -> "COUNT".equals(i.aggregate()) && i.distinct()));
    }

    /** Numbers the question says that appear nowhere in the plan's conditions, having or row cap. */
    private static int unusedNumbers(Question q, Plan plan) {
        java.util.List<String> used = new java.util.ArrayList<>();
        for (Plan.Condition c : plan.where()) {
            used.add(String.valueOf(c.value()));
            used.add(String.valueOf(c.value2()));
        }
        if (plan.having() != null) {
            used.add(String.valueOf(plan.having().value()));
        }
        used.add(String.valueOf(plan.limit()));
        String all = String.join(" ", used);
        int n = 0;
        for (Token t : q.numbers()) {
            double v = t.number();
            String whole = v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
            if (!all.contains(whole)) {
                n++;
            }
        }
        return n;
    }

    /** "Total" or "sum" in the question with no SUM in the plan: "the total number of hours" read as a count. */
    private static boolean totalWithoutSum(Question q, Plan plan) {
        boolean said = q.tokens().stream().anyMatch(t -> t.lower().equals("total") || t.lower().equals("sum"));
        boolean summed = plan.select().stream().anyMatch(i -> "SUM".equals(i.aggregate()))
                || plan.orderBy().stream().anyMatch(o -> "SUM".equals(o.item().aggregate()));
        return said && !summed;
    }

    /** IS NULL and NOT EXISTS read a negation as absence, a bolder reading than a negated comparison. */
    private static int absence(Reading r, Plan plan) {
        if (r.absent != null) {
            return r.absent.op().equals("IS NULL") ? 1 : 2;
        }
        for (Plan.Condition c : plan.where()) {
            switch (c.op()) {
                case "IS NULL" -> {
                    return 1;
                }
                case "NOT EXISTS" -> {
                    return 2;
                }
                case "!=", "<>", "NOT LIKE", "NOT IN" -> {
                    return 3;
                }
                default -> { }
            }
        }
        return 0;
    }

    /** Content words the reading explains, as a share of the question's content words. */
    private static double explainedShare(Question q, Reading r) {
        int content = 0;
        for (Token t : q.tokens()) {
            if (t.isWord() && !StopWords.isStop(t.lemma()) && !RoleAssigner.GAP.contains(t.lemma())) {
                content++;
            }
        }
        return content == 0 ? 1 : Math.max(0, 1 - (double) r.unexplained / content);
    }

    /** count, aggregate or list, then the clauses the plan has: "count+where", "list+order". */
    static String shape(Reading r, Plan plan) {
        StringBuilder s = new StringBuilder();
        s.append(r.countForm ? "count" : plan.select().stream().anyMatch(i -> i.aggregate() != null) ? "aggregate" : "list");
        if (!plan.where().isEmpty()) {
            s.append("+where");
        }
        if (!plan.groupBy().isEmpty()) {
            s.append("+group");
        }
        if (plan.having() != null) {
            s.append("+having");
        }
        if (!plan.orderBy().isEmpty()) {
            s.append(plan.limit() > 0 ? "+top" : "+order");
        }
        return s.toString();
    }

    /** A number compared with a text column: usually a count or amount linked to the wrong column. */
    private static int textNumberComparisons(Plan plan) {
        int n = 0;
        for (Plan.Condition c : plan.where()) {
            Plan.Column col = c.item().column();
            boolean ordering = Set.of("<", ">", "<=", ">=", "BETWEEN").contains(c.op());
            boolean number = c.value() instanceof Double || String.valueOf(c.value()).matches("-?\\d+(\\.\\d+)?");
            if (c.item().aggregate() == null && col != null && col.column().isText() && ordering && number) {
                n++;
            }
        }
        return n;
    }

    /** A selected column fixed to a value by the filter: the answer repeats the question's value. */
    private static boolean echoed(Plan plan) {
        for (Plan.Condition c : plan.where()) {
            if ((c.op().equals("=") || c.op().equals("IN")) && c.item().aggregate() == null
                    && plan.select().stream().anyMatch(i -> i.aggregate() == null && c.item().column() != null
                            && c.item().column().equals(i.column()))) {
                return true;
            }
        }
        return false;
    }
}
