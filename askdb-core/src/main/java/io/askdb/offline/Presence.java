package io.askdb.offline;

import io.askdb.schema.TableInfo;
import io.askdb.schema.linking.Mention;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Having an optional attribute, read as SQL: "customers who have a middle name", "products with a
 * colour" keep the rows whose named column is filled ({@code IS NOT NULL}). Only a column of the
 * main table that may be empty, named right after "have a" or "with a" and compared with nothing;
 * the placed part leaves the select list. The opposite, "without a colour", is {@link Absence}'s.
 * Likewise a participle that names a date column of the main table: "products that have been
 * discontinued" keep the rows with a discontinued date, "orders not yet shipped" those without one.
 */
final class Presence {

    private static final Set<String> HAVE = Set.of("have", "has", "having", "with");
    private static final Set<String> ARTICLE = Set.of("a", "an", "any", "some");
    /** Words of a verb's tense between a subject and its participle: "have been", "were", "is already". */
    private static final Set<String> AUXILIARY = Set.of("have", "has", "had", "been", "be", "was", "were", "is",
            "are", "being", "already", "yet", "that", "which");
    /** What a date column adds to the participle it is named after: discontinued_date, ship_date, sold_on. */
    private static final java.util.regex.Pattern DATE_SUFFIX = java.util.regex.Pattern.compile("(date|time|on|at|dt)?");

    private Presence() {}

    static Optional<Plan.Condition> place(Question q, Reading r, TableInfo main) {
        return having(q, r, main).or(() -> participle(q, r, main));
    }

    private static Optional<Plan.Condition> having(Question q, Reading r, TableInfo main) {
        for (Reading.Part p : r.parts) {
            int at = p.mention.start();
            if (p.role != Reading.Role.PROJECT || p.mention.kind() != Mention.Kind.COLUMN || at < 2
                    || !ARTICLE.contains(q.token(at - 1).lower()) || !HAVE.contains(q.token(at - 2).lower())
                    || Absence.NEGATIONS.contains(at >= 3 ? q.token(at - 3).lower() : "")) {
                continue;
            }
            Mention.Link link = p.mention.links().get(0);
            boolean followed = p.mention.end() < q.size() && q.token(p.mention.end()).isWord()
                    && !Set.of("?", ".").contains(q.token(p.mention.end()).lower());
            if (link.table() != main || link.column() == null || !link.column().nullable() || link.column().primaryKey()
                    || followed || Composer.isIdentifier(new Plan.Column(main, link.column()))) {
                continue;
            }
            r.parts.remove(p);
            return Optional.of(new Plan.Condition(Plan.Item.of(new Plan.Column(main, link.column())), "IS NOT NULL",
                    null, null));
        }
        return Optional.empty();
    }

    /** "have been discontinued", "were not shipped": a participle as the question's last word names a date column. */
    private static Optional<Plan.Condition> participle(Question q, Reading r, TableInfo main) {
        for (Reading.Part p : r.parts) {
            int at = p.mention.start();
            String word = q.token(at).lower();
            if (p.role != Reading.Role.PROJECT || p.mention.kind() != Mention.Kind.COLUMN || p.mention.length() != 1
                    || !word.endsWith("ed") || q.tokens().subList(at + 1, q.size()).stream().anyMatch(t -> t.isWord()
                            && !Set.of("?", ".", "yet", "already").contains(t.lower()))) {
                continue;
            }
            boolean negated = false;
            int i = at - 1;
            while (i >= 0 && (AUXILIARY.contains(q.token(i).lower()) || Absence.NEGATIONS.contains(q.token(i).lower()))) {
                negated |= Absence.NEGATIONS.contains(q.token(i).lower());
                i--;
            }
            Mention.Link link = p.mention.links().get(0);
            if (i == at - 1 || link.table() != main || link.column() == null || !link.column().isTemporal()
                    || !link.column().nullable() || !namedAfter(link.column().name(), word, q.lemma(at))) {
                continue;
            }
            r.parts.remove(p);
            return Optional.of(new Plan.Condition(Plan.Item.of(new Plan.Column(main, link.column())),
                    negated ? "IS NULL" : "IS NOT NULL", null, null));
        }
        return Optional.empty();
    }

    private static boolean namedAfter(String column, String participle, String lemma) {
        String name = column.toLowerCase(java.util.Locale.ROOT).replace("_", "");
        for (String stem : List.of(participle, lemma, participle.substring(0, participle.length() - 2),
                participle.substring(0, participle.length() - 1))) {
            if (stem.length() >= 3 && name.startsWith(stem) && DATE_SUFFIX.matcher(name.substring(stem.length())).matches()) {
                return true;
            }
        }
        return false;
    }
}
