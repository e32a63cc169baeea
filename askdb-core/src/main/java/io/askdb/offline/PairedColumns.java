package io.askdb.offline;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.ForeignKeyInfo;
import io.askdb.schema.TableInfo;
import io.askdb.schema.linking.Mention;
import io.askdb.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A value that could sit in either of two columns of one table pointing at the same key:
 * PersonFriend(name, friend) both hold people's names. A noun naming one of the two as what the
 * value has ("the friends of Bob", "Bob's friends", "how many friends does Bob have") puts the value
 * in the other column, and the named one is what is asked for. When no such phrase decides, the
 * column stays as linked and the choice counts as a guess.
 */
final class PairedColumns {

    private PairedColumns() {}

    /** Moves values to the column the phrasing gives them; the number of paired choices left as guesses. */
    static int settle(Question q, Reading r) {
        int guesses = 0;
        List<Reading.Part> added = new ArrayList<>();
        for (Reading.Part p : r.parts) {
            if (p.role != Reading.Role.CONDITION && p.role != Reading.Role.VALUE || !"=".equals(p.detail)
                    || !(p.value instanceof String value) || p.chosen == null || p.chosen.column() == null) {
                continue;
            }
            TableInfo table = p.chosen.table();
            Optional<ColumnInfo> pair = partner(table, p.chosen.column());
            if (pair.isEmpty()) {
                continue;
            }
            int[] span = valueSpan(q, p, value);
            ColumnInfo linked = p.chosen.column();
            ColumnInfo owned = owned(q, span, linked, pair.get());
            if (owned == null) {
                guesses++;
                continue;
            }
            ColumnInfo owner = owned == linked ? pair.get() : linked;
            p.chosen = new Mention.Link(table, owner, p.chosen.score(), p.chosen.value());
            Mention.Link asked = new Mention.Link(table, owned, 1.0, null);
            boolean projected = false;
            for (Reading.Part o : r.parts) {
                if (o.role == Reading.Role.PROJECT && o.chosen != null && o.chosen.table() == table
                        && o.chosen.column() == owner) {
                    o.chosen = asked; // "the names of Bob's friends": the friends' names, never Bob again
                    projected = true;
                }
            }
            boolean selects = r.parts.stream().anyMatch(o -> o.role == Reading.Role.PROJECT
                    || o.role == Reading.Role.AGGREGATE || o.role == Reading.Role.COUNTED) || r.countForm;
            if (!projected && !selects) {
                Reading.Part shown = new Reading.Part(p.mention, Reading.Role.PROJECT);
                shown.chosen = asked;
                added.add(shown);
            }
        }
        r.parts.addAll(added);
        return guesses;
    }

    /** The other column of the table with a foreign key to the same column as this one's, if exactly one. */
    static Optional<ColumnInfo> partner(TableInfo table, ColumnInfo column) {
        ForeignKeyInfo own = null;
        for (ForeignKeyInfo fk : table.foreignKeys()) {
            if (fk.columns().size() == 1 && fk.columns().get(0).equalsIgnoreCase(column.name())) {
                own = fk;
            }
        }
        if (own == null) {
            return Optional.empty();
        }
        ColumnInfo partner = null;
        for (ForeignKeyInfo fk : table.foreignKeys()) {
            if (fk != own && fk.columns().size() == 1 && fk.referencedTable().key().equals(own.referencedTable().key())
                    && fk.referencedColumns().equals(own.referencedColumns())) {
                if (partner != null) {
                    return Optional.empty();
                }
                partner = table.column(fk.columns().get(0)).orElse(null);
            }
        }
        return Optional.ofNullable(partner);
    }

    /**
     * Which of the two columns a noun names as what the value has: "friends of X", "X's friends"
     * (read as "X friends"), "friends does X have"; null when no such phrase is there.
     */
    private static ColumnInfo owned(Question q, int[] span, ColumnInfo a, ColumnInfo b) {
        if (span == null) {
            return null;
        }
        int start = span[0];
        int end = span[1];
        for (ColumnInfo c : List.of(a, b)) {
            ColumnInfo other = c == a ? b : a;
            if (names(q, start - 2, c, other) && q.lemma(start - 1).equals("of")
                    || names(q, end, c, other)
                    || names(q, start - 2, c, other) && q.lemma(start - 1).equals("do") && q.lemma(end).equals("have")) {
                // "Alice's friends of friends" chains the pair: one phrase does not place the value.
                return saidOnce(q, c, other) ? c : null;
            }
        }
        return null;
    }

    private static boolean saidOnce(Question q, ColumnInfo c, ColumnInfo other) {
        int said = 0;
        for (int i = 0; i < q.size(); i++) {
            said += names(q, i, c, other) ? 1 : 0;
        }
        return said == 1;
    }

    /** Whether the word at {@code at} names column {@code c} and not {@code other}. */
    private static boolean names(Question q, int at, ColumnInfo c, ColumnInfo other) {
        if (at < 0 || at >= q.size() || !q.token(at).isWord()) {
            return false;
        }
        String stem = Words.stem(q.lemma(at));
        return stems(c).contains(stem) && !stems(other).contains(stem);
    }

    private static List<String> stems(ColumnInfo c) {
        return Words.splitIdentifier(c.name()).stream().map(Words::stem).toList();
    }

    /** Where the value is said: its own mention, or the words after the column mention it was read with. */
    private static int[] valueSpan(Question q, Reading.Part p, String value) {
        if (p.mention.kind() == Mention.Kind.VALUE) {
            return new int[] {p.mention.start(), p.mention.end()};
        }
        String[] words = value.toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 0; i + words.length <= q.size(); i++) {
            boolean match = true;
            for (int w = 0; w < words.length && match; w++) {
                match = q.token(i + w).lower().equals(words[w]);
            }
            if (match) {
                return new int[] {i, i + words.length};
            }
        }
        return null;
    }
}
