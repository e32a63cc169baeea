package io.askdb.offline;

import io.askdb.schema.TableInfo;
import io.askdb.schema.linking.Mention;
import java.util.Optional;
import java.util.Set;

/**
 * Having an optional attribute, read as SQL: "customers who have a middle name", "products with a
 * colour" keep the rows whose named column is filled ({@code IS NOT NULL}). Only a column of the
 * main table that may be empty, named right after "have a" or "with a" and compared with nothing;
 * the placed part leaves the select list. The opposite, "without a colour", is {@link Absence}'s.
 */
final class Presence {

    private static final Set<String> HAVE = Set.of("have", "has", "having", "with");
    private static final Set<String> ARTICLE = Set.of("a", "an", "any", "some");

    private Presence() {}

    static Optional<Plan.Condition> place(Question q, Reading r, TableInfo main) {
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
}
