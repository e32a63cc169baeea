package io.askdb.offline;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.ForeignKeyInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableInfo;
import io.askdb.schema.linking.Mention;
import io.askdb.text.Token;
import io.askdb.text.Words;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Negation and absence read as SQL: "products that have never been ordered" and "members without
 * loans" keep the rows no row of a referencing table points at ({@code NOT EXISTS}); "loans not
 * returned" and "products without a colour" keep the rows whose named column is empty
 * ({@code IS NULL}). The word after the negation names either a table holding a foreign key to the
 * main table or a column of the main table, by mention or by its stem ("ordered" to order,
 * "returned" to return_date). The placed part leaves the reading, so it is not joined.
 */
final class Absence {

    static final Set<String> NEGATIONS = Set.of("not", "never", "without", "no", "n't", "none");

    /** Words between a negation and what it negates: "never been", "not yet", "without a". */
    private static final Set<String> BETWEEN = Set.of("be", "been", "being", "have", "has", "had", "ever", "any",
            "a", "an", "the", "yet", "get", "got", "their", "its", "his", "her", "them", "it", "one", "once");

    private Absence() {}

    /** The negation's condition on the main table, with its part removed from the reading; empty when none fits. */
    static Optional<Plan.Condition> place(Question q, Reading r, TableInfo main, SchemaCatalog catalog) {
        if (r.parts.stream().anyMatch(p -> p.role == Reading.Role.CONDITION
                && (p.detail.equals("!=") || p.detail.startsWith("NOT")))) {
            return Optional.empty(); // the negation is already a filter: "not in the city of Paris"
        }
        for (int k = 0; k < q.size(); k++) {
            if (!NEGATIONS.contains(q.token(k).lower())) {
                continue;
            }
            int j = k + 1;
            while (j < q.size() && BETWEEN.contains(q.token(j).lower())) {
                j++;
            }
            if (j >= q.size()) {
                continue;
            }
            Token negated = q.token(j);
            int first = j;
            int possessed = possessed(q, k, j) ? j : -1;
            int negatedAt = j;
            Optional<Plan.Condition> found = byMention(q, r, j, main, possessed)
                    .or(() -> byWord(q, r, negatedAt, main, catalog, possessed));
            int object = j + 1;
            while (object < q.size() && BETWEEN.contains(q.token(object).lower())) {
                object++;
            }
            if (found.isEmpty() && object < q.size() && negated.isWord() && !mentioned(r, first)) {
                // "never placed an order": a verb of its own, then what was never there.
                int at = object;
                found = byMention(q, r, at, main, -1).or(() -> byWord(q, r, at, main, catalog, -1));
                j = found.isPresent() ? at : j;
            }
            if (found.isPresent()) {
                r.explain(k, j + 1);
                int at = j;
                r.parts.removeIf(p -> p.mention.start() <= at && at < p.mention.end());
                if (at == first && found.get().value() instanceof Absent absent) {
                    // "have not written any review": the verb named the key, the object its table.
                    int after = object;
                    r.parts.removeIf(p -> p.mention.start() == after && p.mention.kind() == Mention.Kind.TABLE
                            && p.mention.links().get(0).table() == absent.table());
                }
                String word = "'" + q.token(k).lower() + "'";
                r.notes.removeIf(n -> n.startsWith(word));
                r.unanchored = Math.max(0, r.unanchored - 1);
                r.negationPlaced = true;
                return found;
            }
        }
        return Optional.empty();
    }

    /** "do not have friends", "without friends", "no friend": the negated word is what is had or lacked. */
    private static boolean possessed(Question q, int negation, int negated) {
        if (Set.of("no", "without", "none").contains(q.token(negation).lower())) {
            return true;
        }
        for (int i = negation + 1; i < negated; i++) {
            if (Set.of("have", "has", "had").contains(q.token(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentioned(Reading r, int at) {
        return r.parts.stream().anyMatch(p -> p.mention.start() <= at && at < p.mention.end());
    }

    private static Optional<Plan.Condition> byMention(Question q, Reading r, int at, TableInfo main, int possessed) {
        for (Reading.Part p : r.parts) {
            Mention m = p.mention;
            if (m.start() != at || m.links().isEmpty()) {
                continue;
            }
            Mention.Link link = m.links().get(0);
            if (m.kind() == Mention.Kind.TABLE && link.table() != main) {
                return notExists(link.table(), main, q, r, possessed);
            }
            if (m.kind() == Mention.Kind.COLUMN && link.column() != null && link.table() != main
                    && OwningKey.keysTo(link.table(), main).stream()
                            .anyMatch(fk -> fk.columns().get(0).equalsIgnoreCase(link.column().name()))) {
                // "employees who have not written a review": written_by_employee_id names the key itself.
                return notExists(link.table(), main, q, r, possessed);
            }
            if (m.kind() == Mention.Kind.COLUMN && link.column() != null && link.table() == main
                    && p.role == Reading.Role.CONDITION && "=".equals(p.detail) && p.value instanceof String) {
                // "customers who did not pay with cash": the value is negated, not the column emptied.
                return Optional.of(new Plan.Condition(Plan.Item.of(new Plan.Column(main, link.column())), "!=", p.value, null));
            }
            if (m.kind() == Mention.Kind.COLUMN && link.column() != null && link.table() == main
                    && !link.column().primaryKey()) {
                return Optional.of(isNull(main, link.column()));
            }
        }
        return Optional.empty();
    }

    /** "ordered", "returned", "borrowed": a column of the main table or a referencing table named by the stem. */
    private static Optional<Plan.Condition> byWord(Question q, Reading r, int at, TableInfo main, SchemaCatalog catalog,
            int possessed) {
        Token token = q.token(at);
        if (!token.isWord()) {
            return Optional.empty();
        }
        List<String> stems = Words.schemaWordsFor(Words.stem(token.lower()));
        for (ColumnInfo c : main.columns()) {
            List<String> words = Words.splitIdentifier(c.name());
            if (!c.primaryKey() && stems.stream().anyMatch(words::contains)) {
                return Optional.of(isNull(main, c));
            }
        }
        for (TableInfo t : catalog.tables()) {
            if (t == main || t.view()) {
                continue;
            }
            List<String> words = Words.splitIdentifier(t.name());
            if (stems.stream().anyMatch(words::contains)) {
                Optional<Plan.Condition> c = notExists(t, main, q, r, possessed);
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        return Optional.empty();
    }

    private static Plan.Condition isNull(TableInfo main, ColumnInfo column) {
        return new Plan.Condition(Plan.Item.of(new Plan.Column(main, column)), "IS NULL", null, null);
    }

    /**
     * NOT EXISTS over the referencing table's foreign key to the main table; of several, the one the
     * question's words name ({@link OwningKey}), a guess counted as ambiguous when none does.
     */
    private static Optional<Plan.Condition> notExists(TableInfo referencing, TableInfo main, Question q, Reading r,
            int possessed) {
        List<ForeignKeyInfo> keys = OwningKey.keysTo(referencing, main).stream()
                .filter(fk -> main.column(fk.referencedColumns().get(0)).isPresent()).toList();
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        OwningKey.Choice choice = OwningKey.among(keys, q, possessed);
        r.ambiguous += choice.guessed() ? 1 : 0;
        ForeignKeyInfo fk = choice.key();
        ColumnInfo target = main.column(fk.referencedColumns().get(0)).orElseThrow();
        return Optional.of(new Plan.Condition(Plan.Item.of(new Plan.Column(main, target)),
                "NOT EXISTS", new Absent(referencing, fk.columns().get(0)), null));
    }

    /** The referencing side of a NOT EXISTS: no row of {@code table} has {@code column} equal to the key. */
    record Absent(TableInfo table, String column) {}
}
