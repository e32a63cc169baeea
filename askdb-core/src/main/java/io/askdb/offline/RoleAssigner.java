package io.askdb.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides the role of every linked span from the cues around it ("average X": aggregate, "X is
 * above 20": condition, "for each X": grouping, "sorted by X": ordering...). Stateless.
 */
final class RoleAssigner {

    /** Words that may sit between a cue and what it applies to. */
    private static final Set<String> GAP = Set.of("the", "a", "an", "of", "their", "its", "his", "her", "all",
            "number", "amount", "using", "according", "based", "on",
            "them", "it", "by", "in", "with", "to", "for", "and", "most", "total", "is", "are", "was", "were");
    /** Words that may sit between a column and its filter value. */
    private static final Set<String> CONDITION_GAP = Set.of("is", "are", "was", "were", "be", "equal", "equals",
            "to", "of", "the", "a", "an", "in", "from", "at", "on", "as", "named", "called", "titled", "being",
            "exactly", "value", "'s", "s", "by", "for", "has", "have", "had", "with", "that", "either");

    private static final Set<String> UNIT_ADJECTIVES = Set.of("old", "tall", "high", "heavy", "long", "expensive",
            "cheap", "young", "big", "large", "dollar");

    private final SchemaLinker linker;

    RoleAssigner(SchemaLinker linker) {
        this.linker = linker;
    }

    Reading assign(Question q, List<Mention> mentions) {
        Reading r = new Reading(q.size());
        List<Cue> cues = effectiveCues(q, mentions);
        for (Cue c : cues) {
            r.explain(c.start(), c.end());
        }
        for (Mention m : mentions) {
            r.explain(m.start(), m.end());
        }
        boolean distinct = cues.stream().anyMatch(c -> c.kind() == Cue.Kind.DISTINCT);
        r.allColumns = cues.stream().anyMatch(c -> c.kind() == Cue.Kind.ALL_COLUMNS);
        String direction = cues.stream().filter(c -> c.kind() == Cue.Kind.DIRECTION).map(Cue::detail)
                .findFirst().orElse("");
        boolean[] consumed = new boolean[q.size()];
        Reading.Part previous = null;
        for (Mention m : mentions) {
            if (consumed[m.start()] || m.kind() == Mention.Kind.VALUE) {
                continue;
            }
            Cue prev = previousCue(q, cues, m.start()).orElse(null);
            Reading.Part part = new Reading.Part(m, Reading.Role.PROJECT);
            Cue.Kind pk = prev == null ? null : prev.kind();
            if (pk == Cue.Kind.COUNT && m.kind() == Mention.Kind.COLUMN) {
                Cue before = previousCue(q, cues, prev.start()).orElse(null);
                if (before != null && (before.kind() == Cue.Kind.AGGREGATE || before.kind() == Cue.Kind.SUPERLATIVE)) {
                    r.used.add(prev);
                    prev = before;
                    pk = prev.kind();
                }
            }
            if (pk == Cue.Kind.ORDER && isBareVerb(q, prev) && !byBetween(q, prev.end(), m.start())) {
                // "sort all captain names by age": the names are listed; the column after "by" orders.
                prev = null;
                pk = null;
            }
            if (prev == null && precededByBy(q, m.start()) && m.kind() == Mention.Kind.COLUMN
                    && q.cues().stream().anyMatch(c -> c.kind() == Cue.Kind.TOP && c.end() < m.start())) {
                part.role = Reading.Role.SUPERLATIVE; // "the top 5 products by list price"
                part.descending = true;
                r.parts.add(part);
                previous = part;
                continue;
            }
            if (prev == null && precededByBy(q, m.start()) && orderVerbBefore(q, cues, m.start()) != null) {
                prev = orderVerbBefore(q, cues, m.start());
                pk = Cue.Kind.ORDER;
            }
            if (prev != null && !(m.kind() == Mention.Kind.TABLE && pk == Cue.Kind.SUPERLATIVE && !prev.hint().isEmpty())
                    && pk != Cue.Kind.COMPARE && pk != Cue.Kind.NEGATION) {
                r.used.add(prev);
            }
            if (m.kind() == Mention.Kind.TABLE) {
                if (pk == Cue.Kind.COUNT) {
                    part.role = Reading.Role.COUNTED;
                    r.countForm = true;
                } else if (pk == Cue.Kind.GROUP) {
                    part.role = Reading.Role.GROUP;
                } else if (pk == Cue.Kind.SUPERLATIVE && prev.hint().isEmpty()) {
                    part.role = Reading.Role.CONTEXT;
                    r.countSuperlative = prev.detail();
                    part.detail = "most";
                } else if (havingBefore(q, cues, m.start(), r)) {
                    part.role = Reading.Role.HAVING;
                } else {
                    part.role = Reading.Role.CONTEXT;
                }
            } else if (pk == Cue.Kind.ORDER || pk == Cue.Kind.DIRECTION) {
                part.role = Reading.Role.ORDER;
                part.descending = prev.detail().equals("DESC") || direction.equals("DESC");
            } else if (pk == Cue.Kind.SUPERLATIVE && Set.of("common", "popular", "frequent").contains(prev.hint())) {
                r.countSuperlative = prev.detail();
            } else if (pk == Cue.Kind.SUPERLATIVE) {
                part.role = Reading.Role.SUPERLATIVE;
                part.descending = prev.detail().equals("DESC");
            } else if (pk == Cue.Kind.GROUP) {
                part.role = Reading.Role.GROUP;
            } else if (pk == Cue.Kind.AGGREGATE) {
                part.role = Reading.Role.AGGREGATE;
                part.detail = prev.detail();
                List<Cue> chain = aggregateChain(q, cues, prev);
                for (int k = chain.size() - 1; k >= 0; k--) {
                    Reading.Part more = new Reading.Part(m, Reading.Role.AGGREGATE);
                    more.detail = chain.get(k).detail();
                    r.used.add(chain.get(k));
                    r.parts.add(more);
                }
            } else if (pk == Cue.Kind.COUNT) {
                part.role = Reading.Role.COUNTED;
                r.countForm = true;
                r.countDistinct = distinct;
            } else if (m.kind() == Mention.Kind.COLUMN && absorbedTotal(q, m)) {
                part.role = Reading.Role.AGGREGATE; // "the total number of customers" over no_of_customers
                part.detail = "SUM";
            } else if (!condition(q, cues, mentions, m, part, consumed, r)) {
                if (previous != null && previous.role == Reading.Role.AGGREGATE && joinedByAnd(q, previous.mention, m)) {
                    part.role = Reading.Role.AGGREGATE;
                    part.detail = previous.detail;
                }
            }
            r.parts.add(part);
            previous = part;
        }
        values(q, cues, mentions, consumed, r);
        numbers(q, cues, mentions, consumed, r);
        superlatives(q, cues, mentions, r, direction);
        leftovers(q, cues, r);
        unexplained(q, r, consumed);
        return r;
    }

    /** Cues nothing used: a "not" flips the filter after it; others mean the reading missed something. */
    private static void leftovers(Question q, List<Cue> cues, Reading r) {
        for (Cue c : cues) {
            if (r.used.contains(c)) {
                continue;
            }
            boolean flip = c.kind() == Cue.Kind.COMPARE && c.detail().equals("!=");
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
            if (c.kind() == Cue.Kind.ORDER) {
                int k = skip(q, c.end(), GAP);
                if (k < q.size() && q.token(k).isWord() && !Words.isStop(q.token(k).lemma())
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

    private static boolean absorbedTotal(Question q, Mention m) {
        boolean numeric = !m.links().isEmpty() && m.links().get(0).column() != null && m.links().get(0).column().isNumeric();
        return numeric && q.cues().stream().anyMatch(c -> c.kind() == Cue.Kind.COUNT && c.start() < m.end()
                && m.start() < c.end() && q.token(c.start()).lower().equals("total"));
    }

    private static boolean isBareVerb(Question q, Cue c) {
        return c.end() - c.start() == 1 && Set.of("sort", "sorted", "ordered", "arrange", "arranged", "ranked")
                .contains(q.token(c.start()).lower());
    }

    private static boolean byBetween(Question q, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Set.of("by", "of", "using", "on").contains(q.token(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean precededByBy(Question q, int index) {
        int k = index - 1;
        while (k >= 0 && Set.of("the", "their", "its", "his", "her").contains(q.token(k).lower())) {
            k--;
        }
        return k >= 0 && q.token(k).lower().equals("by");
    }

    private static Cue orderVerbBefore(Question q, List<Cue> cues, int index) {
        Cue found = null;
        for (Cue c : cues) {
            if (c.kind() == Cue.Kind.ORDER && c.end() <= index && isBareVerb(q, c)) {
                found = c;
            }
        }
        return found;
    }

    /** Cues whose words were not taken by a schema name ("max gust speed" is a column, not MAX). */
    private static List<Cue> effectiveCues(Question q, List<Mention> mentions) {
        List<Cue> out = new ArrayList<>();
        for (Cue c : q.cues()) {
            boolean overlapped = mentions.stream().anyMatch(m -> m.start() < c.end() && c.start() < m.end());
            if (!overlapped) {
                out.add(c);
            }
        }
        return out;
    }

    static Optional<Cue> previousCue(Question q, List<Cue> cues, int index) {
        int i = index - 1;
        while (i >= 0) {
            int at = i;
            Optional<Cue> cue = cues.stream().filter(c -> c.covers(at) && c.kind() != Cue.Kind.DISTINCT).findFirst();
            if (cue.isPresent()) {
                return cue;
            }
            boolean distinctWord = cues.stream().anyMatch(c -> c.covers(at) && c.kind() == Cue.Kind.DISTINCT);
            if (!distinctWord && !GAP.contains(q.lemma(i))) {
                return Optional.empty();
            }
            i--;
        }
        return Optional.empty();
    }

    private static Optional<Cue> cueAt(List<Cue> cues, int index) {
        return cues.stream().filter(c -> c.covers(index)).findFirst();
    }

    /** "average, maximum and minimum": the aggregates chained before the one next to the column. */
    private static List<Cue> aggregateChain(Question q, List<Cue> cues, Cue last) {
        List<Cue> chain = new ArrayList<>();
        int i = last.start() - 1;
        while (i >= 0) {
            String l = q.lemma(i);
            if (l.equals("and") || l.equals(",") || l.equals("the") || l.equals("or")) {
                i--;
                continue;
            }
            Optional<Cue> c = cueAt(cues, i);
            if (c.isPresent() && c.get().kind() == Cue.Kind.AGGREGATE) {
                chain.add(c.get());
                i = c.get().start() - 1;
            } else {
                break;
            }
        }
        return chain;
    }

    private static boolean joinedByAnd(Question q, Mention a, Mention b) {
        for (int i = a.end(); i < b.start(); i++) {
            String l = q.lemma(i);
            if (!(l.equals("and") || l.equals("the") || l.equals("its") || l.equals("their"))) {
                return false;
            }
        }
        return b.start() > a.end();
    }

    /** "more than 2 players": a number after a comparison right before a table. */
    private static boolean havingBefore(Question q, List<Cue> cues, int tableStart, Reading r) {
        int i = tableStart - 1;
        if (i < 0 || !q.token(i).isNumber()) {
            return false;
        }
        Optional<Cue> cmp = previousCue(q, cues, i);
        String op = cmp.filter(c -> c.kind() == Cue.Kind.COMPARE).map(Cue::detail).orElse(null);
        if (op == null || op.equals("BETWEEN") || op.equals("LIKE") || op.equals("!=")) {
            return false;
        }
        r.havingOp = op;
        r.havingValue = q.token(i).number();
        r.explain(i, i + 1);
        return true;
    }

    /** "age is above 20", "name 'Bob'", "city Paris": a value right after the column. */
    private boolean condition(Question q, List<Cue> cues, List<Mention> mentions, Mention m, Reading.Part part,
            boolean[] consumed, Reading r) {
        int i = skip(q, m.end(), CONDITION_GAP);
        String op = "=";
        Optional<Cue> cmp = cueAt(cues, i);
        if (cmp.isPresent() && cmp.get().kind() == Cue.Kind.COMPARE) {
            op = cmp.get().detail();
            i = skip(q, cmp.get().end(), CONDITION_GAP);
            Optional<Cue> then = cueAt(cues, i);
            if (then.isPresent() && then.get().kind() == Cue.Kind.AGGREGATE) {
                r.unanchored++;
                r.notes.add("comparison with an aggregate needs a subquery");
                r.used.add(cmp.get());
                return false;
            }
            Optional<Cue> second = cueAt(cues, i);
            if (op.equals("!=") && second.isPresent() && second.get().kind() == Cue.Kind.COMPARE) {
                op = negate(second.get().detail());
                i = skip(q, second.get().end(), CONDITION_GAP);
            }
        } else if (i > m.end() && !op.equals("=")) {
            return false;
        }
        Object value = valueAt(q, mentions, i, m);
        if (value == null) {
            return false;
        }
        Mention afterValue = mentionAt(mentions, i + 1);
        if (value instanceof Double && afterValue != null && afterValue.kind() == Mention.Kind.TABLE
                || value instanceof Double && cueAt(cues, i + 1).map(c -> c.kind() == Cue.Kind.SUPERLATIVE).orElse(false)) {
            return false; // "balances of the three accounts", "names of the 3 most expensive products"
        }
        Mention valueMention = mentionAt(mentions, i);
        if (valueMention != null && valueMention.kind() == Mention.Kind.VALUE && holding(m, valueMention) == null
                && !valueMention.links().isEmpty()) {
            return false; // the database holds this value in other columns: it is not this column's
        }
        if (value instanceof Double && op.equals("=")) {
            Optional<Cue> trailing = cueAt(cues, i + 1);
            if (trailing.isPresent() && trailing.get().kind() == Cue.Kind.COMPARE && q.lemma(i + 1).equals("or")) {
                op = trailing.get().detail(); // "2010 or later", "5 or more"
                r.used.add(trailing.get());
            }
        }
        part.role = Reading.Role.CONDITION;
        part.detail = op;
        part.value = value;
        cmp.ifPresent(r.used::add);
        int valueEnd = valueEnd(q, mentions, i);
        consumed[i] = true;
        r.explain(i, valueEnd);
        if (op.equals("BETWEEN")) {
            int j = skip(q, valueEnd, Set.of("and", "to"));
            Object second = valueAt(q, mentions, j, m);
            if (second == null) {
                return false;
            }
            part.value2 = second;
            consumed[j] = true;
            r.explain(j, valueEnd(q, mentions, j));
        }
        return true;
    }

    private static String negate(String op) {
        return switch (op) {
            case ">" -> "<=";
            case ">=" -> "<";
            case "<" -> ">=";
            case "<=" -> ">";
            case "LIKE" -> "NOT LIKE";
            default -> "!=";
        };
    }

    private static int skip(Question q, int i, Set<String> words) {
        while (i < q.size() && q.token(i).isWord() && words.contains(q.token(i).lower())) {
            i++;
        }
        return i;
    }

    private static Object valueAt(Question q, List<Mention> mentions, int i, Mention column) {
        if (i >= q.size()) {
            return null;
        }
        Token t = q.token(i);
        if (t.isNumber()) {
            return t.number();
        }
        for (Mention v : mentions) {
            if (v.start() == i && v.kind() == Mention.Kind.VALUE) {
                Mention.Link held = holding(column, v);
                if (held != null) {
                    return held.value();
                }
                return v.links().isEmpty() ? v.literal() : v.links().get(0).value();
            }
        }
        if (t.kind() == Token.Kind.QUOTED) {
            return t.text();
        }
        return null;
    }

    /** The value's link whose column the column mention may name: "the Democratic party". */
    static Mention.Link holding(Mention column, Mention value) {
        for (Mention.Link c : column.links()) {
            for (Mention.Link v : value.links()) {
                if (v.column() == c.column() && v.table() == c.table()) {
                    return v;
                }
            }
        }
        return null;
    }

    private static int valueEnd(Question q, List<Mention> mentions, int i) {
        for (Mention v : mentions) {
            if (v.start() == i) {
                return v.end();
            }
        }
        return i + 1;
    }

    /** Database values the question names without a column: "customers in France". */
    private static void values(Question q, List<Cue> cues, List<Mention> mentions, boolean[] consumed, Reading r) {
        for (Mention m : mentions) {
            if (m.kind() != Mention.Kind.VALUE || consumed[m.start()]) {
                continue;
            }
            Reading.Part part = new Reading.Part(m, Reading.Role.VALUE);
            Mention named = adjacentColumn(q, mentions, m);
            if (named != null) {
                Mention.Link held = holding(named, m);
                part = new Reading.Part(new Mention(m.start(), m.end(), Mention.Kind.VALUE, List.of(held), m.literal()),
                        Reading.Role.VALUE);
                r.parts.removeIf(p -> p.mention == named && p.role == Reading.Role.PROJECT);
            }
            Optional<Cue> prev = previousCue(q, cues, m.start());
            prev.filter(c -> c.kind() == Cue.Kind.COMPARE || c.kind() == Cue.Kind.NEGATION).ifPresent(r.used::add);
            part.detail = prev.filter(c -> c.kind() == Cue.Kind.COMPARE)
                    .map(c -> c.detail().equals("!=") || c.detail().equals("LIKE") ? c.detail() : "=")
                    .orElse(prev.filter(c -> c.kind() == Cue.Kind.NEGATION).map(c -> "!=").orElse("="));
            part.value = m.links().isEmpty() ? m.literal() : m.links().get(0).value();
            if (part.detail.equals("LIKE")) {
                part.value = m.literal();
            }
            if (m.links().isEmpty()) {
                r.unanchored++;
                r.notes.add("no column holds '" + m.literal() + "'");
            }
            consumed[m.start()] = true;
            r.parts.add(part);
        }
    }

    /** Numbers left over: row caps ("top 5"), comparisons by adjective ("older than 30"), years. */
    private void numbers(Question q, List<Cue> cues, List<Mention> mentions, boolean[] consumed, Reading r) {
        for (int i = 0; i < q.size(); i++) {
            Token t = q.token(i);
            if (!t.isNumber() || consumed[i] || r.explained[i] && !inCue(cues, i)) {
                continue;
            }
            Optional<Cue> prev = previousCue(q, cues, i);
            Optional<Cue> next = cueAt(cues, i + 1);
            Mention tableAfter = mentionAt(mentions, i + 1);
            boolean capBeforeTable = tableAfter != null && tableAfter.kind() == Mention.Kind.TABLE
                    && q.has(Cue.Kind.SUPERLATIVE) && (i == 0 || q.lemma(i - 1).equals("the"));
            if (prev.isPresent() && prev.get().kind() == Cue.Kind.TOP
                    || next.isPresent() && next.get().kind() == Cue.Kind.SUPERLATIVE || capBeforeTable) {
                r.limit = (int) t.number();
                prev.ifPresent(r.used::add);
                Mention after = mentionAt(mentions, skip(q, i + 1, GAP));
                if (prev.isPresent() && prev.get().kind() == Cue.Kind.TOP && after != null) {
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
            String op = prev.filter(c -> c.kind() == Cue.Kind.COMPARE).map(Cue::detail).orElse(null);
            prev.ifPresent(r.used::add);
            Mention target = null;
            if (op != null && !prev.get().hint().isEmpty()) {
                target = hintColumn(prev.get());
            }
            if (target == null) {
                Mention after = mentionAt(mentions, skip(q, i + 1, Set.of("the", "a")));
                if (after != null && after.kind() == Mention.Kind.COLUMN) {
                    boolean counted = op != null && !op.equals("=") && after.links().stream()
                            .allMatch(l -> l.column() != null && !l.column().isNumeric());
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
                target = unitColumn(q, i + 1);
            }
            if (target == null && t.isYear()) {
                target = synthetic(i, i + 1, List.of("year"), List.of("date"));
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
                int j = skip(q, i + 1, Set.of("and", "to"));
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

    /** A column mention right before or after a value that holds it: "Fall election cycle". */
    private static Mention adjacentColumn(Question q, List<Mention> mentions, Mention value) {
        for (Mention c : mentions) {
            if (c.kind() != Mention.Kind.COLUMN && c.kind() != Mention.Kind.TABLE) {
                continue;
            }
            boolean after = c.start() >= value.end() && skip(q, value.end(), Set.of("the", "a")) == c.start();
            boolean before = c.end() <= value.start() && skip(q, c.end(), CONDITION_GAP) == value.start();
            if ((after || before) && holding(c, value) != null) {
                return c;
            }
        }
        return null;
    }

    private static boolean inCue(List<Cue> cues, int i) {
        return cues.stream().anyMatch(c -> c.covers(i));
    }

    private static Mention mentionAt(List<Mention> mentions, int i) {
        for (Mention m : mentions) {
            if (m.start() == i) {
                return m;
            }
        }
        return null;
    }

    /** "20 years old": a word after the number naming a column by its adjective. */
    private Mention unitColumn(Question q, int from) {
        for (int k = from; k < Math.min(q.size(), from + 2); k++) {
            Token t = q.token(k);
            if (!t.isWord()) {
                return null;
            }
            if (UNIT_ADJECTIVES.contains(t.lemma())) {
                Mention m = hintColumn(new Cue(Cue.Kind.COMPARE, k, k + 1, ">", t.lemma()));
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
    private void superlatives(Question q, List<Cue> cues, List<Mention> mentions, Reading r, String direction) {
        for (Cue c : cues) {
            if (c.kind() == Cue.Kind.SUPERLATIVE && r.used.contains(c)) {
                continue;
            }
            if (c.kind() == Cue.Kind.SUPERLATIVE) {
                boolean used = r.parts.stream().anyMatch(p -> p.mention.start() >= c.end()
                        && (p.role == Reading.Role.SUPERLATIVE || "most".equals(p.detail))
                        && previousCue(q, cues, p.mention.start()).map(x -> x == c).orElse(false));
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
            } else if (c.kind() == Cue.Kind.ORDER && !direction.isEmpty() || c.kind() == Cue.Kind.ORDER) {
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

    private static void unexplained(Question q, Reading r, boolean[] consumed) {
        for (int i = 0; i < q.size(); i++) {
            Token t = q.token(i);
            if (r.explained[i] || consumed[i]) {
                continue;
            }
            if (t.isWord() && !Words.isStop(t.lemma()) && !GAP.contains(t.lemma())) {
                r.unexplained++;
                if (t.capitalized() && i > 0) {
                    r.unexplainedNames++; // most likely a value the database does not hold as written
                }
            }
        }
    }
}
