package io.askdb.offline;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.linking.Mention;
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

    /**
     * "the area and county of all appellations", "the position of players": the plural after "of"
     * names the rows whose columns are asked for, though a column shares its word; it is not one
     * more column to show.
     */
    static void dropOwnerOfColumns(Question q, Reading r) {
        for (Reading.Part p : r.parts) {
            if (p.role != Reading.Role.PROJECT || p.chosen == null || p.chosen.column() == null
                    || !namesRows(q, p) || !afterOf(q, p.mention.start())) {
                continue;
            }
            boolean owned = r.parts.stream().anyMatch(o -> o != p && o.role == Reading.Role.PROJECT && o.chosen != null
                    && o.chosen.column() != null && o.chosen.table() == p.chosen.table()
                    && o.mention.end() <= p.mention.start());
            if (owned) {
                p.role = Reading.Role.CONTEXT;
            }
        }
    }

    /** A plural that names a table too, or the one word of its column's name: a noun for rows. */
    private static boolean namesRows(Question q, Reading.Part p) {
        Token last = q.token(p.mention.end() - 1);
        if (last.lemma().equals(last.lower()) || p.mention.end() - p.mention.start() != 1) {
            return false;
        }
        boolean table = p.mention.links().stream().anyMatch(l -> l.column() == null && l.score() >= 0.9);
        return table || Words.lemma(p.chosen.column().name().toLowerCase(Locale.ROOT)).equals(last.lemma());
    }

    /** "of", "of all", "for all the": the words before a mention at {@code start}. */
    private static boolean afterOf(Question q, int start) {
        int i = start - 1;
        while (i >= 0 && Set.of("all", "the", "every").contains(q.token(i).lower())) {
            i--;
        }
        return i >= 0 && Set.of("of", "for").contains(q.token(i).lower());
    }

    /**
     * "employees who earn more than 30000 in salary": the column after the number says what was
     * compared; it is the comparison's, not one more column to show.
     */
    static void dropComparedUnits(Question q, Reading r) {
        for (Reading.Part p : r.parts) {
            int at = p.mention.start();
            if (p.role != Reading.Role.PROJECT || p.chosen == null || p.chosen.column() == null || at < 2
                    || !Set.of("in", "of").contains(q.token(at - 1).lower()) || !q.token(at - 2).isNumber()) {
                continue;
            }
            boolean compared = r.parts.stream().anyMatch(c -> c.role == Reading.Role.CONDITION && c.chosen != null
                    && c.chosen.table() == p.chosen.table() && p.chosen.column().equals(c.chosen.column()));
            if (compared) {
                p.role = Reading.Role.CONTEXT;
            }
        }
    }

    /**
     * "Return the city and its GDP": a table's word listed beside one of its columns asks for the
     * column that names its rows.
     */
    static void nameTablesListedWithColumns(Question q, Reading r) {
        for (int k = 0; k + 1 < r.parts.size(); k++) {
            Reading.Part t = r.parts.get(k);
            Reading.Part next = r.parts.get(k + 1);
            if (t.role != Reading.Role.CONTEXT || t.mention.kind() != Mention.Kind.TABLE || t.chosen == null
                    || next.role != Reading.Role.PROJECT || next.chosen == null || next.chosen.column() == null
                    || next.chosen.table() != t.chosen.table() || !listedTogether(q, t.mention, next.mention)) {
                continue;
            }
            Plan.Column label = RowLabels.nameColumn(t.chosen.table());
            if (label != null) {
                t.chosen = new Mention.Link(label.table(), label.column(), t.chosen.score(), null);
                t.role = Reading.Role.PROJECT;
            }
        }
    }

    /** "the city and its GDP", "name and age": only "and", a comma and determiners between. */
    private static boolean listedTogether(Question q, Mention a, Mention b) {
        if (b.start() <= a.end() || !Set.of("and", ",").contains(q.token(a.end()).lower())) {
            return false;
        }
        for (int i = a.end(); i < b.start(); i++) {
            if (!Set.of("and", ",", "the", "its", "their").contains(q.token(i).lower())) {
                return false;
            }
        }
        return true;
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
