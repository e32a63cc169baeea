package io.askdb.offline;

import io.askdb.schema.linking.Mention;
import io.askdb.text.Token;
import io.askdb.text.Words;
import java.util.Locale;
import java.util.Set;

/**
 * Which of the columns a question mentions it asks to see: words that share a column's name but
 * name the rows ("the position of players"), say what was compared ("more than 30000 in salary")
 * or describe the rows ("buildings that have faculty rooms") are not shown; a table's word listed
 * with its columns ("the city and its GDP") shows the column naming its rows. The question lists
 * what it wants; nothing is added to it and nothing it lists is lost.
 */
final class AskedColumns {

    private AskedColumns() {}

    /** Settles the projected parts of the reading as the question's list asks. */
    static void settle(Question q, Reading r) {
        dropOwnerOfColumns(q, r);
        dropComparedUnits(q, r);
        dropWhatRowsHave(q, r);
        nameTablesListedWithColumns(q, r);
    }

    /**
     * "the area and county of all appellations", "the position of players": the plural after "of"
     * names the rows whose columns are asked for, though a column shares its word; it is not one
     * more column to show.
     */
    private static void dropOwnerOfColumns(Question q, Reading r) {
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
    private static void dropComparedUnits(Question q, Reading r) {
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
     * "the distinct buildings that have faculty rooms": what follows "that have" describes the rows
     * listed before it; it is not one more column to show beside them.
     */
    private static void dropWhatRowsHave(Question q, Reading r) {
        Reading.Part shown = null;
        for (Reading.Part p : r.parts) {
            boolean column = p.chosen != null && p.chosen.column() != null;
            if (p.role != Reading.Role.PROJECT || !column) {
                continue;
            }
            if (shown != null && relativeHaveBetween(q, shown.mention.end(), p.mention.start())) {
                p.role = Reading.Role.CONTEXT;
            } else {
                shown = p;
            }
        }
    }

    /**
     * "that have", "who has", "which had" between two positions, its clause still open: "who have
     * taught some course and the course code" goes back to the list with "and the", "and also".
     */
    private static boolean relativeHaveBetween(Question q, int from, int to) {
        boolean open = false;
        for (int i = from; i < to; i++) {
            String w = q.token(i).lower();
            if (i + 1 < to && Set.of("that", "who", "which").contains(w)
                    && Set.of("have", "has", "had").contains(q.token(i + 1).lower())) {
                open = true;
            } else if (w.equals("also") || w.equals("and") && i + 1 < to
                    && Set.of("the", "their", "its", "also", "corresponding").contains(q.token(i + 1).lower())) {
                open = false;
            }
        }
        return open;
    }

    /**
     * "Return the city and its GDP": a table's word listed beside one of its columns asks for the
     * column that names its rows.
     */
    private static void nameTablesListedWithColumns(Question q, Reading r) {
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
}
