package io.askdb.offline;

import io.askdb.schema.linking.Mention;
import io.askdb.schema.linking.SchemaLinker;
import io.askdb.text.CueKind;
import io.askdb.text.LiteralWords;
import io.askdb.text.StopWords;
import io.askdb.text.Token;
import io.askdb.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The second pass of {@link RoleAssigner}: what no column claimed. Database values named without
 * a column, numbers (row caps, comparisons by adjective, years, counts for HAVING), superlatives
 * without a column, cues nothing used, and words nothing explained. Stateless apart from the linker.
 */
final class LooseEnds {

    private final SchemaLinker linker;

    LooseEnds(SchemaLinker linker) {
        this.linker = linker;
    }

    private static final Set<String> UNIT_ADJECTIVES = Set.of("old", "tall", "high", "heavy", "long", "expensive",
            "cheap", "young", "big", "large", "dollar");

    /** Cues nothing used: a "not" flips the filter after it; others mean the reading missed something. */
    static void leftovers(Question q, List<Cue> cues, Reading r) {
        for (Cue c : cues) {
            if (r.used.contains(c)) {
                continue;
            }
            boolean flip = c.kind() == CueKind.COMPARE && c.detail().equals("!=");
            if (flip) {
                Optional<Reading.Part> target = r.parts.stream()
                        .filter(p -> (p.role == Reading.Role.CONDITION || p.role == Reading.Role.VALUE)
                                && p.detail.equals("=") && p.mention.start() >= c.end()
                                && p.mention.start() - c.end() <= 4)
                        .findFirst();
                if (target.isPresent()) {
                    target.get().detail = "!=";
                    continue;
                }
            }
            if (c.kind() == CueKind.ORDER) {
                int k = RoleAssigner.skip(q, c.end(), RoleAssigner.GAP);
                if (k < q.size() && q.token(k).isWord() && !StopWords.isStop(q.token(k).lemma())
                        && r.parts.stream().noneMatch(p -> p.mention.start() == k) && q.cueAt(k).isEmpty()) {
                    r.unanchored++;
                    r.notes.add("order by '" + q.token(k).text() + "' not found");
                }
                continue;
            }
            switch (c.kind()) {
                case COUNT, AGGREGATE, COMPARE, NEGATION -> {
                    r.unanchored++;
                    r.notes.add("'" + String.join(" ", q.tokens().subList(c.start(), c.end()).stream()
                            .map(Token::text).toList()) + "' not attached");
                }
                default -> { }
            }
        }
    }

    /** Database values the question names without a column: "customers in France". */
    void values(Question q, List<Cue> cues, List<Mention> mentions, boolean[] consumed, Reading r) {
        for (Mention m : mentions) {
            if (m.kind() != Mention.Kind.VALUE || consumed[m.start()]) {
                continue;
            }
            Reading.Part part = new Reading.Part(m, Reading.Role.VALUE);
            Mention named = RoleAssigner.adjacentColumn(q, mentions, m);
            if (named != null) {
                // Keep every column the name may mean ("Helmets category": the table's and a view's), for the chooser.
                List<Mention.Link> held = m.links().stream().filter(v -> named.links().stream().anyMatch(
                        c -> c.table() == v.table() && c.column() == v.column())).toList();
                if (held.isEmpty()) {
                    held = m.links().stream().filter(v -> named.links().stream().anyMatch(
                            c -> c.table() == v.table() && c.column() == null)).toList(); // "the Helmets category"
                }
                if (held.stream().allMatch(v -> v.table().view()) && m.links().stream().anyMatch(v -> !v.table().view())) {
                    held = m.links(); // a view repeats a table's values: the table holds them, whatever the name matched
                }
                part = new Reading.Part(new Mention(m.start(), m.end(), Mention.Kind.VALUE, held, m.literal()),
                        Reading.Role.VALUE);
                r.parts.removeIf(p -> p.mention == named && p.role == Reading.Role.PROJECT);
            }
            Optional<Cue> prev = RoleAssigner.previousCue(q, cues, m.start());
            prev.filter(c -> c.kind() == CueKind.COMPARE || c.kind() == CueKind.NEGATION).ifPresent(r.used::add);
            part.detail = prev.filter(c -> c.kind() == CueKind.COMPARE)
                    .map(c -> c.detail().equals("!=") || c.detail().equals("LIKE") ? c.detail() : "=")
                    .orElse(prev.filter(c -> c.kind() == CueKind.NEGATION).map(c -> "!=").orElse("="));
            // Spelled as the columns kept hold it ("queen bed": the bed type 'Queen', not a guest 'QUEEN').
            List<Mention.Link> kept = part.mention.links().isEmpty() ? m.links() : part.mention.links();
            part.value = kept.isEmpty() ? m.literal() : kept.get(0).value();
            if (part.detail.equals("LIKE")) {
                part.value = RoleAssigner.likePattern(q, prev.get(), "LIKE", m.literal());
            }
            if (m.links().isEmpty()) {
                r.unanchored++;
                r.notes.add("no column holds '" + m.literal() + "'");
            }
            consumed[m.start()] = true;
            r.parts.add(part);
        }
    }

    /**
     * A comparative adjective against an aggregate with no column before it: "products more
     * expensive than the average product" compares the price with the average price.
     */
    void comparedWithAggregate(Question q, List<Cue> cues, List<Mention> mentions, boolean[] consumed, Reading r) {
        for (Cue c : cues) {
            if (c.kind() != CueKind.COMPARE || c.hint().isEmpty() || r.used.contains(c)) {
                continue;
            }
            Optional<Cue> then = RoleAssigner.cueAt(cues, RoleAssigner.skip(q, c.end(), RoleAssigner.CONDITION_GAP));
            if (then.isEmpty() || then.get().kind() != CueKind.AGGREGATE) {
                continue;
            }
            Mention column = hintColumn(c);
            Reading.Against against = column == null ? null : RoleAssigner.againstAggregate(q, mentions, then.get(), column);
            if (against == null || c.detail().equals("LIKE") || c.detail().equals("BETWEEN")) {
                continue;
            }
            Reading.Part part = new Reading.Part(column, Reading.Role.CONDITION);
            part.detail = c.detail();
            part.value = against;
            r.used.add(c);
            r.used.add(then.get());
            RoleAssigner.claim(q, against.mention(), then.get(), consumed, r);
            r.parts.removeIf(p -> against.mention() != null && p.mention == against.mention());
            r.explain(c.start(), c.end());
            r.parts.add(part);
        }
    }

    /** Numbers left over: row caps ("top 5"), comparisons by adjective ("older than 30"), years. */
    void numbers(Question q, List<Cue> cues, List<Mention> mentions, boolean[] consumed, Reading r) {
        for (int i = 0; i < q.size(); i++) {
            Token t = q.token(i);
            if (!t.isNumber() || consumed[i] || r.explained[i] && !inCue(cues, i)) {
                continue;
            }
            Optional<Cue> prev = RoleAssigner.previousCue(q, cues, i);
            Optional<Cue> next = RoleAssigner.cueAt(cues, i + 1);
            Mention tableAfter = RoleAssigner.mentionAt(mentions, i + 1);
            boolean capBeforeTable = tableAfter != null && tableAfter.kind() == Mention.Kind.TABLE
                    && q.has(CueKind.SUPERLATIVE) && (i == 0 || q.lemma(i - 1).equals("the"));
            if (prev.isPresent() && prev.get().kind() == CueKind.TOP
                    || next.isPresent() && next.get().kind() == CueKind.SUPERLATIVE || capBeforeTable) {
                r.limit = (int) t.number();
                prev.ifPresent(r.used::add);
                Mention after = RoleAssigner.mentionAt(mentions, RoleAssigner.skip(q, i + 1, RoleAssigner.GAP));
                if (prev.isPresent() && prev.get().kind() == CueKind.TOP && after != null && r.countSuperlative == null) {
                    r.parts.stream().filter(p -> p.mention == after && p.role == Reading.Role.PROJECT).findFirst()
                            .ifPresent(p -> {
                                p.role = Reading.Role.SUPERLATIVE;
                                p.descending = true;
                            });
                }
                consumed[i] = true;
                r.explain(i, i + 1);
                continue;
            }
            String op = prev.filter(c -> c.kind() == CueKind.COMPARE).map(Cue::detail).orElse(null);
            prev.ifPresent(r.used::add);
            Mention target = null;
            if (op != null && !prev.get().hint().isEmpty()) {
                target = hintColumn(prev.get());
            }
            int unitAt = i + 1;
            if ("BETWEEN".equals(op)) {
                // "between 100 and 300 hours": the column follows the second number.
                int j = RoleAssigner.skip(q, i + 1, Set.of("and", "to"));
                unitAt = j < q.size() && j > i + 1 && q.token(j).isNumber() ? j + 1 : unitAt;
            }
            if (target == null) {
                Mention after = RoleAssigner.mentionAt(mentions, RoleAssigner.skip(q, unitAt, Set.of("the", "a")));
                if (after != null && after.kind() == Mention.Kind.COLUMN) {
                    boolean counted = op != null && !op.equals("=") && after.links().stream()
                            .allMatch(l -> l.column() != null && !l.column().isNumeric())
                            && !Filters.ofNamedRows(mentions, after.links().get(0).table());
                    if (counted && r.havingOp == null) {
                        r.havingOp = op;
                        r.havingValue = t.number();
                        consumed[i] = true;
                        r.explain(i, i + 1);
                        r.parts.stream().filter(p -> p.mention == after).forEach(p -> p.role = Reading.Role.CONTEXT);
                        continue;
                    }
                    target = after;
                    r.parts.removeIf(p -> p.mention == after);
                }
            }
            if (target == null && op != null) {
                target = unitColumn(q, unitAt);
            }
            int month = i > 0 ? monthOf(q.token(i - 1)) : 0;
            if (target == null && t.isYear() && month > 0 && op == null) {
                // "in June 2008": a month of a year is a span of dates, not a name that the month's word matches.
                Mention dates = namedIn(q, synthetic(i - 1, i + 1, List.of("date"), List.of("time")));
                if (dates != null) {
                    int at = i - 1;
                    r.parts.removeIf(p -> p.mention.start() == at && p.mention.kind() == Mention.Kind.VALUE);
                    Reading.Part part = new Reading.Part(dates, Reading.Role.CONDITION);
                    part.detail = "PERIOD";
                    int year = (int) t.number();
                    part.value = String.format(Locale.ROOT, "%04d-%02d-01", year, month);
                    part.value2 = month == 12 ? String.format(Locale.ROOT, "%04d-01-01", year + 1)
                            : String.format(Locale.ROOT, "%04d-%02d-01", year, month + 1);
                    consumed[i - 1] = true;
                    consumed[i] = true;
                    r.explain(i - 1, i + 1);
                    r.parts.add(part);
                    continue;
                }
            }
            if (target == null && t.isYear()) {
                target = namedIn(q, synthetic(i, i + 1, List.of("year"), List.of("date")));
                op = op == null ? "=" : op;
                if (target != null && op.equals("=")) {
                    op = "YEAR";
                }
            }
            if (target == null || op != null && (op.equals("LIKE") || op.equals("!="))) {
                if (!(t.number() == 1 && !t.text().matches("\\d+"))) {
                    r.unanchored++;
                    r.notes.add("number " + t.text() + " not attached to a column");
                }
                continue;
            }
            Reading.Part part = new Reading.Part(target, Reading.Role.CONDITION);
            part.detail = op == null ? "=" : op;
            part.value = t.number();
            if (part.detail.equals("BETWEEN")) {
                int j = RoleAssigner.skip(q, i + 1, Set.of("and", "to"));
                if (j < q.size() && q.token(j).isNumber()) {
                    part.value2 = q.token(j).number();
                    consumed[j] = true;
                    r.explain(j, j + 1);
                } else {
                    r.unanchored++;
                    continue;
                }
            }
            consumed[i] = true;
            r.explain(i, i + 1);
            r.parts.add(part);
        }
    }

    /** The month a word names ("June", "Sept"), 1 to 12, else 0. */
    private static int monthOf(Token t) {
        String word = LiteralWords.VALUE_WORDS.get(t.lower());
        return word != null && word.startsWith("month:") ? Integer.parseInt(word.substring(6)) : 0;
    }

    private static boolean inCue(List<Cue> cues, int i) {
        return cues.stream().anyMatch(c -> c.covers(i));
    }

    /** "20 years old": a word after the number naming a column by its adjective. */
    private Mention unitColumn(Question q, int from) {
        for (int k = from; k < Math.min(q.size(), from + 2); k++) {
            Token t = q.token(k);
            if (!t.isWord()) {
                return null;
            }
            if (UNIT_ADJECTIVES.contains(t.lemma())) {
                Mention m = hintColumn(new Cue(CueKind.COMPARE, k, k + 1, ">", t.lemma()));
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /** A column named by the adjective of a comparative or superlative: "older" is age. */
    private Mention hintColumn(Cue cue) {
        for (String word : Words.schemaWordsFor(cue.hint())) {
            List<Mention.Link> links = linker.lookup(List.of(word));
            links = links.stream().filter(l -> l.column() != null).toList();
            if (!links.isEmpty()) {
                return new Mention(cue.start(), cue.end(), Mention.Kind.COLUMN, links, null);
            }
        }
        if (Set.of("recent", "late", "new", "early", "old", "lat").contains(cue.hint())) {
            return synthetic(cue.start(), cue.end(), List.of("date", "year", "time"), List.of());
        }
        return null;
    }

    /**
     * A date column that the question's other words name beats the other date columns: "orders
     * placed in 2008" is the order date, "products that started selling in 2005" the sell start date.
     */
    static Mention namedIn(Question q, Mention dates) {
        if (dates == null) {
            return null;
        }
        List<String> stems = q.contentStems().stream().filter(w -> !Set.of("date", "time", "year").contains(w)).toList();
        List<Mention.Link> links = new ArrayList<>();
        for (Mention.Link l : dates.links()) {
            String name = l.column().name().toLowerCase(Locale.ROOT).replace("_", "");
            long named = stems.stream().filter(name::contains).count();
            links.add(named == 0 ? l : new Mention.Link(l.table(), l.column(), l.score() + 0.1 * Math.min(2, named), l.value()));
        }
        links.sort((a, b) -> Double.compare(b.score(), a.score()));
        return new Mention(dates.start(), dates.end(), dates.kind(), links, dates.literal());
    }

    private Mention synthetic(int start, int end, List<String> words, List<String> more) {
        List<Mention.Link> links = new ArrayList<>();
        for (String w : words) {
            links.addAll(linker.lookup(List.of(w)).stream().filter(l -> l.column() != null).toList());
        }
        for (String w : more) {
            links.addAll(linker.lookup(List.of(w)).stream().filter(l -> l.column() != null)
                    .map(l -> new Mention.Link(l.table(), l.column(), l.score() * 0.9, null)).toList());
        }
        if (links.isEmpty()) {
            return null;
        }
        links.sort((a, b) -> Double.compare(b.score(), a.score()));
        return new Mention(start, end, Mention.Kind.COLUMN, links, null);
    }

    /** Superlatives with no column after them: "the oldest", "the most recent", "the most students". */
    void superlatives(Question q, List<Cue> cues, Reading r, String direction) {
        for (Cue c : cues) {
            if (c.kind() == CueKind.SUPERLATIVE && r.used.contains(c)) {
                continue;
            }
            if (c.kind() == CueKind.SUPERLATIVE) {
                boolean used = r.parts.stream().anyMatch(p -> p.mention.start() >= c.end()
                        && (p.role == Reading.Role.SUPERLATIVE || "most".equals(p.detail))
                        && RoleAssigner.previousCue(q, cues, p.mention.start()).map(x -> x == c).orElse(false));
                if (used) {
                    continue;
                }
                Mention column = c.hint().isEmpty() ? null : hintColumn(c);
                if (column != null) {
                    Reading.Part part = new Reading.Part(column, Reading.Role.SUPERLATIVE);
                    part.descending = c.detail().equals("DESC");
                    if (c.hint().equals("old") && isTemporalLink(column)) {
                        part.descending = !part.descending;
                    }
                    r.parts.add(part);
                } else if (c.hint().isEmpty() || Set.of("common", "popular", "frequent").contains(c.hint())) {
                    r.countSuperlative = c.detail();
                } else {
                    r.unanchored++;
                    r.notes.add("superlative '" + c.hint() + "' not attached to a column");
                }
            } else if (c.kind() == CueKind.ORDER && !direction.isEmpty() || c.kind() == CueKind.ORDER) {
                boolean used = r.parts.stream().anyMatch(p -> p.role == Reading.Role.ORDER);
                if (!used) {
                    r.notes.add("order:" + (direction.isEmpty() ? c.detail() : direction));
                }
            }
        }
        if (!direction.isEmpty() && r.parts.stream().noneMatch(p -> p.role == Reading.Role.ORDER)
                && r.notes.stream().noneMatch(n -> n.startsWith("order:"))) {
            r.notes.add("order:" + direction);
        }
    }

    private static boolean isTemporalLink(Mention m) {
        return !m.links().isEmpty() && m.links().get(0).column() != null && m.links().get(0).column().isTemporal();
    }

    static void unexplained(Question q, Reading r, boolean[] consumed) {
        for (int i = 0; i < q.size(); i++) {
            Token t = q.token(i);
            if (r.explained[i] || consumed[i]) {
                continue;
            }
            if (t.isWord() && !StopWords.isStop(t.lemma()) && !RoleAssigner.GAP.contains(t.lemma())) {
                r.unexplained++;
                r.unexplainedWords.add(t.text());
                if (t.capitalized() && i > 0) {
                    r.unexplainedNames++; // most likely a value the database does not hold as written
                }
            }
        }
    }
}
