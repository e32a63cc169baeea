package io.askdb.offline;

import io.askdb.schema.ColumnInfo;
import io.askdb.text.CueKind;
import io.askdb.text.Token;
import io.askdb.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Readings of the select list that look past one part at a time: both ends of one column as its
 * maximum and minimum, plurals that name the rows counted rather than a column to show, and
 * whether a lone column lists its values each once.
 */
final class SelectList {

    private SelectList() {}

    /**
     * "the ages of the oldest and youngest students", "the maximum and minimum price for each type":
     * both ends of one column are its maximum and minimum, not a top row. Rewrites the two parts
     * as aggregates and drops the plain projection of that column; says whether it did.
     */
    static boolean extremesOfOneColumn(Reading r) {
        List<Reading.Part> ends = r.parts.stream().filter(p -> p.role == Reading.Role.SUPERLATIVE && p.chosen != null
                && p.chosen.column() != null).toList();
        for (Reading.Part a : ends) {
            for (Reading.Part b : ends) {
                if (a != b && a.descending && !b.descending && a.chosen.table() == b.chosen.table()
                        && a.chosen.column().equals(b.chosen.column())) {
                    a.role = Reading.Role.AGGREGATE;
                    a.detail = "MAX";
                    b.role = Reading.Role.AGGREGATE;
                    b.detail = "MIN";
                    r.parts.removeIf(p -> p.role == Reading.Role.PROJECT && p.chosen != null
                            && a.chosen.column().equals(p.chosen.column()));
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "the position that is most common among players": the plural names the rows counted per
     * group, not a column to show beside the group.
     */
    static void dropCountedThings(Question q, Reading r, List<Plan.Item> select, List<Plan.Column> groupBy) {
        for (Reading.Part p : r.parts) {
            if (p.role != Reading.Role.PROJECT || p.chosen == null || p.chosen.column() == null) {
                continue;
            }
            Plan.Column col = new Plan.Column(p.chosen.table(), p.chosen.column());
            Token last = q.token(p.mention.end() - 1);
            boolean plural = !last.lemma().equals(last.lower());
            int before = p.mention.start() - 1;
            boolean governed = before >= 0 && Set.of("among", "of", "by", "with").contains(q.token(before).lower());
            if (plural && governed && !groupBy.contains(col) && select.size() > 1) {
                select.remove(Plan.Item.of(col));
            }
        }
    }

    /** "which cities ...", "what colors ...": the question opens by asking for the values of the one selected column. */
    static boolean asksForValues(Question q, List<Plan.Item> select) {
        if (q.size() < 2 || select.size() != 1 || select.get(0).column() == null
                || !Set.of("which", "what").contains(q.token(0).lower())) {
            return false;
        }
        Token noun = q.token(1);
        boolean plural = !noun.lemma().equals(noun.lower());
        List<String> words = Words.splitIdentifier(select.get(0).column().column().name());
        return plural && words.size() == 1 && words.get(0).equals(noun.lemma());
    }

    /**
     * "Show all majors": one column named without its table lists the values it takes, each once.
     * A key, name or free-text column (details, description) names rows, which are listed as they are.
     */
    static boolean listsValues(List<Plan.Item> select, boolean mainNamed, List<Plan.Column> groupBy,
            List<Plan.Order> order, int limit) {
        if (mainNamed || select.size() != 1 || !groupBy.isEmpty() || !order.isEmpty() || limit > 0) {
            return false;
        }
        Plan.Item only = select.get(0);
        if (only.aggregate() != null || only.column() == null) {
            return false;
        }
        ColumnInfo c = only.column().column();
        String n = c.name().toLowerCase(Locale.ROOT);
        boolean freeText = n.contains("detail") || n.contains("description") || n.contains("summary");
        return !c.primaryKey() && !RowLabels.isNameLike(c) && !freeText && !only.column().table().primaryKey().contains(c);
    }

    /**
     * "what is the highest age of students": the question asks for the value at the top of a column
     * it names right after the superlative, not for the row that holds it.
     */
    static boolean valueAtTheTop(Question q, Reading r) {
        if (q.size() < 3 || !q.token(0).lower().equals("what") || !Set.of("is", "are", "was", "were").contains(q.token(1).lower())
                || r.limit > 0 || r.countSuperlative != null) {
            return false;
        }
        List<Reading.Part> tops = new ArrayList<>();
        for (Reading.Part p : r.parts) {
            if (p.role == Reading.Role.PROJECT && p.chosen != null && p.chosen.column() != null
                    || p.role == Reading.Role.GROUP) {
                return false;
            }
            if (p.role == Reading.Role.SUPERLATIVE) {
                tops.add(p);
            }
        }
        if (tops.size() != 1) {
            return false;
        }
        Reading.Part top = tops.get(0);
        int before = top.mention.start() - 1;
        boolean adjacent = before >= 0 && q.cueAt(before).filter(c -> c.kind() == CueKind.SUPERLATIVE).isPresent();
        if (!adjacent || top.chosen == null || top.chosen.column() == null || !top.chosen.column().isNumeric()) {
            return false;
        }
        top.role = Reading.Role.AGGREGATE;
        top.detail = top.descending ? "MAX" : "MIN";
        return true;
    }
}
