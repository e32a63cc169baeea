package io.askdb.offline;

import io.askdb.schema.linking.Mention;
import io.askdb.schema.linking.SchemaLinker;
import io.askdb.text.CueKind;
import io.askdb.text.StopWords;
import io.askdb.text.Token;
import io.askdb.text.Words;
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
    /** Nouns that introduce the text a LIKE looks for: "the word 'Inc'", "the substring \"ar\"". */
    private static final Set<String> PATTERN_NOUNS = Set.of("word", "term", "string", "substring", "phrase", "text", "letter", "letters");

    static final Set<String> GAP = Set.of("the", "a", "an", "of", "their", "its", "his", "her", "all",
            "number", "amount", "using", "according", "based", "on",
            "them", "it", "by", "in", "with", "to", "for", "and", "most", "total", "is", "are", "was", "were");
    /** Words that may sit between a column and its filter value. */
    static final Set<String> CONDITION_GAP = Set.of("is", "are", "was", "were", "be", "equal", "equals",
            "to", "of", "the", "a", "an", "in", "from", "at", "on", "as", "named", "called", "titled", "being",
            "exactly", "value", "'s", "s", "by", "for", "has", "have", "had", "with", "that", "either");

    private final LooseEnds looseEnds;

    RoleAssigner(SchemaLinker linker) {
        this.looseEnds = new LooseEnds(linker);
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
        boolean distinct = cues.stream().anyMatch(c -> c.kind() == CueKind.DISTINCT);
        r.allColumns = cues.stream().anyMatch(c -> c.kind() == CueKind.ALL_COLUMNS);
        String direction = cues.stream().filter(c -> c.kind() == CueKind.DIRECTION).map(Cue::detail)
                .findFirst().orElse("");
        boolean[] consumed = new boolean[q.size()];
        Reading.Part previous = null;
        Cue carried = null;
        for (Mention m : mentions) {
            if (consumed[m.start()] || m.kind() == Mention.Kind.VALUE) {
                continue;
            }
            Cue prev = previousCue(q, cues, m.start()).orElse(null);
            if (prev == null && carried != null) {
                prev = carried;
            }
            carried = null;
            if (prev != null && m.kind() == Mention.Kind.TABLE && measures(prev) && columnOfIt(mentions, m).isPresent()) {
                // "the total order freight", "the sum of all order subtotals": the table word names
                // whose column it is; the aggregate applies to the column right after it.
                carried = prev;
                r.parts.add(new Reading.Part(m, Reading.Role.CONTEXT));
                continue;
            }
            if (prev == null && m.kind() == Mention.Kind.TABLE) {
                prev = cueBeforeValue(q, cues, mentions, m.start()); // "how many red products"
            }
            Reading.Part part = new Reading.Part(m, Reading.Role.PROJECT);
            CueKind pk = prev == null ? null : prev.kind();
            if (pk == CueKind.COUNT && m.kind() == Mention.Kind.COLUMN) {
                Cue before = previousCue(q, cues, prev.start()).orElse(null);
                if (before != null && (before.kind() == CueKind.AGGREGATE || before.kind() == CueKind.SUPERLATIVE)) {
                    r.used.add(prev);
                    prev = before;
                    pk = prev.kind();
                }
            }
            Cue top = pk == CueKind.COUNT && precededByBy(q, prev.start()) ? topBefore(cues, prev.start()) : null;
            if (top != null && m.kind() == Mention.Kind.TABLE) {
                // "top 3 members by number of loans": rank the members by how many loans each has.
                r.used.add(prev);
                r.used.add(top);
                part.role = Reading.Role.CONTEXT;
                part.detail = "most";
                r.countSuperlative = top.detail().equals("ASC") ? "ASC" : "DESC";
                r.parts.add(part);
                previous = part;
                continue;
            }
            if (pk == CueKind.ORDER && isBareVerb(q, prev) && !byBetween(q, prev.end(), m.start())) {
                // "sort all captain names by age": the names are listed; the column after "by" orders.
                prev = null;
                pk = null;
            }
            if (prev == null && precededByBy(q, m.start()) && m.kind() == Mention.Kind.COLUMN
                    && q.cues().stream().anyMatch(c -> c.kind() == CueKind.TOP && c.end() < m.start())) {
                part.role = Reading.Role.SUPERLATIVE; // "the top 5 products by list price"
                part.descending = true;
                r.parts.add(part);
                previous = part;
                continue;
            }
            if (prev == null && precededByBy(q, m.start()) && orderVerbBefore(q, cues, m.start()) == null
                    && cues.stream().anyMatch(c -> (c.kind() == CueKind.AGGREGATE || c.kind() == CueKind.COUNT)
                            && c.end() <= m.start()) && endsClause(q, m.end())) {
                part.role = Reading.Role.GROUP; // "average list price by category", "number of orders by status"
                r.parts.add(part);
                previous = part;
                continue;
            }
            if (prev == null && precededByBy(q, m.start()) && orderVerbBefore(q, cues, m.start()) != null) {
                prev = orderVerbBefore(q, cues, m.start());
                pk = CueKind.ORDER;
            }
            Cue then = cueAt(cues, m.end()).orElse(null);
            if (prev == null && precededByBy(q, m.start()) && m.kind() == Mention.Kind.COLUMN && then != null
                    && then.kind() == CueKind.DIRECTION) {
                prev = then; // "names by year from the most recent to the oldest": the direction says it sorts
                pk = CueKind.DIRECTION;
            }
            if (prev != null && !(m.kind() == Mention.Kind.TABLE && pk == CueKind.SUPERLATIVE && !prev.hint().isEmpty())
                    && pk != CueKind.COMPARE && pk != CueKind.NEGATION) {
                r.used.add(prev);
            }
            if (m.kind() == Mention.Kind.TABLE) {
                if (pk == CueKind.COUNT) {
                    part.role = Reading.Role.COUNTED;
                    r.countForm = true;
                } else if (pk == CueKind.GROUP) {
                    part.role = Reading.Role.GROUP;
                } else if (pk == CueKind.SUPERLATIVE && prev.hint().isEmpty()) {
                    part.role = Reading.Role.CONTEXT;
                    r.countSuperlative = prev.detail();
                    part.detail = "most";
                } else if (havingBefore(q, cues, m.start(), r)) {
                    part.role = Reading.Role.HAVING;
                } else {
                    part.role = Reading.Role.CONTEXT;
                }
            } else if (pk == CueKind.ORDER || pk == CueKind.DIRECTION) {
                part.role = Reading.Role.ORDER;
                part.descending = prev.detail().equals("DESC") || direction.equals("DESC");
            } else if (pk == CueKind.SUPERLATIVE && Set.of("common", "popular", "frequent").contains(prev.hint())) {
                r.countSuperlative = prev.detail();
            } else if (pk == CueKind.SUPERLATIVE) {
                part.role = Reading.Role.SUPERLATIVE;
                part.descending = prev.detail().equals("DESC");
            } else if (pk == CueKind.GROUP) {
                part.role = Reading.Role.GROUP;
            } else if (pk == CueKind.AGGREGATE) {
                part.role = Reading.Role.AGGREGATE;
                part.detail = prev.detail();
                List<Cue> chain = aggregateChain(q, cues, prev);
                for (int k = chain.size() - 1; k >= 0; k--) {
                    Reading.Part more = new Reading.Part(m, Reading.Role.AGGREGATE);
                    more.detail = chain.get(k).detail();
                    r.used.add(chain.get(k));
                    r.parts.add(more);
                }
            } else if (pk == CueKind.COUNT) {
                // "count the products of size 56": rows are counted; the column takes the value after it.
                if (m.kind() == Mention.Kind.COLUMN && condition(q, cues, mentions, m, part, consumed, r)) {
                    r.countForm = true;
                } else {
                    part.role = Reading.Role.COUNTED;
                    r.countForm = true;
                    r.countDistinct = distinct;
                }
            } else if (m.kind() == Mention.Kind.COLUMN && absorbedTotal(q, m)) {
                part.role = Reading.Role.AGGREGATE; // "the total number of customers" over no_of_customers
                part.detail = "SUM";
            } else if (!condition(q, cues, mentions, m, part, consumed, r)) {
                if (previous != null && previous.role == Reading.Role.AGGREGATE && joinedByAnd(q, previous.mention, m)) {
                    part.role = Reading.Role.AGGREGATE;
                    part.detail = previous.detail;
                } else if (previous != null && previous.role == Reading.Role.ORDER && part.role == Reading.Role.PROJECT
                        && joinedByAnd(q, previous.mention, m)) {
                    part.role = Reading.Role.ORDER; // "ordered by sales and profits": both sort, in turn
                    part.descending = previous.descending;
                }
            }
            r.parts.add(part);
            previous = part;
        }
        looseEnds.comparedWithAggregate(q, cues, mentions, consumed, r);
        looseEnds.values(q, cues, mentions, consumed, r);
        looseEnds.numbers(q, cues, mentions, consumed, r);
        looseEnds.superlatives(q, cues, r, direction);
        LooseEnds.leftovers(q, cues, r);
        LooseEnds.unexplained(q, r, consumed);
        return r;
    }

    private static boolean absorbedTotal(Question q, Mention m) {
        boolean numeric = !m.links().isEmpty() && m.links().get(0).column() != null && m.links().get(0).column().isNumeric();
        return numeric && q.cues().stream().anyMatch(c -> c.kind() == CueKind.COUNT && c.start() < m.end()
                && m.start() < c.end() && q.token(c.start()).lower().equals("total"));
    }

    /** Nothing qualifies the phrase: the question or its clause ends after it ("by category?", "by city and"). */
    private static boolean endsClause(Question q, int i) {
        return i >= q.size() || Set.of("?", ".", ",", "and", "order", "sorted", "ordered", "sort").contains(q.token(i).lower());
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

    /** The count or aggregate cue before a value that qualifies a table: "how many [red] products". */
    private static Cue cueBeforeValue(Question q, List<Cue> cues, List<Mention> mentions, int tableStart) {
        for (Mention v : mentions) {
            if (v.kind() == Mention.Kind.VALUE && v.end() == tableStart) {
                Cue c = previousCue(q, cues, v.start()).orElse(null);
                return c != null && c.kind() == CueKind.COUNT ? c : null;
            }
        }
        return null;
    }

    private static Cue topBefore(List<Cue> cues, int index) {
        return cues.stream().filter(c -> c.kind() == CueKind.TOP && c.end() <= index).findFirst().orElse(null);
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
            if (c.kind() == CueKind.ORDER && c.end() <= index && isBareVerb(q, c)) {
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

    /**
     * The pattern a LIKE compares with: "starts with Mountain" → {@code Mountain%}, "ends with
     * Frame" → {@code %Frame}; "contains" leaves the word bare, which the writer wraps in both.
     */
    static Object likePattern(Question q, Cue cue, String op, Object value) {
        if (!(value instanceof String text) || !op.endsWith("LIKE") || text.contains("%")) {
            return value;
        }
        return switch (q.lemma(cue.start())) {
            case "start", "begin", "starting", "beginning" -> text + "%";
            case "end", "ending" -> "%" + text;
            default -> value;
        };
    }

    /** Whether a cue computes a measure of a column: an aggregate, or a superlative of some quality ("highest"). */
    private static boolean measures(Cue cue) {
        return cue.kind() == CueKind.AGGREGATE || cue.kind() == CueKind.SUPERLATIVE && !cue.hint().isEmpty();
    }

    /** The column mention right after a table mention, when that table may hold it ("order subtotal"). */
    private static Optional<Mention> columnOfIt(List<Mention> mentions, Mention table) {
        return mentions.stream()
                .filter(n -> n.start() == table.end() && n.kind() == Mention.Kind.COLUMN)
                .filter(n -> n.links().stream().anyMatch(c -> c.column() != null && table.links().stream()
                        .anyMatch(t -> t.column() == null && t.table().id().equals(c.table().id()))))
                .findFirst();
    }

    static Optional<Cue> previousCue(Question q, List<Cue> cues, int index) {
        int i = index - 1;
        while (i >= 0) {
            int at = i;
            Optional<Cue> cue = cues.stream().filter(c -> c.covers(at) && c.kind() != CueKind.DISTINCT).findFirst();
            if (cue.isPresent()) {
                return cue;
            }
            boolean distinctWord = cues.stream().anyMatch(c -> c.covers(at) && c.kind() == CueKind.DISTINCT);
            if (!distinctWord && !GAP.contains(q.lemma(i))) {
                return Optional.empty();
            }
            i--;
        }
        return Optional.empty();
    }

    static Optional<Cue> cueAt(List<Cue> cues, int index) {
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
            if (c.isPresent() && c.get().kind() == CueKind.AGGREGATE) {
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
        if (i >= 2 && Set.of("more", "fewer", "less").contains(q.lemma(i)) && q.lemma(i - 1).equals("or")
                && q.token(i - 2).isNumber()) {
            // "two or more films", "5 or fewer cards"
            r.havingOp = q.lemma(i).equals("more") ? ">=" : "<=";
            r.havingValue = q.token(i - 2).number();
            cueAt(cues, i - 1).ifPresent(r.used::add);
            cueAt(cues, i).ifPresent(r.used::add);
            r.explain(i - 2, i + 1);
            return true;
        }
        if (i >= 1 && q.token(i).isNumber() && Set.of("exactly", "only").contains(q.lemma(i - 1))) {
            r.havingOp = "="; // "exactly one friend", "only 1 station"
            r.havingValue = q.token(i).number();
            r.explain(i - 1, i + 1);
            return true;
        }
        if (i < 0 || !q.token(i).isNumber()) {
            return false;
        }
        Optional<Cue> cmp = previousCue(q, cues, i);
        String op = cmp.filter(c -> c.kind() == CueKind.COMPARE).map(Cue::detail).orElse(null);
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
        if (cmp.isPresent() && cmp.get().kind() == CueKind.COMPARE) {
            op = cmp.get().detail();
            i = skip(q, cmp.get().end(), CONDITION_GAP);
            Optional<Cue> then = cueAt(cues, i);
            if (then.isPresent() && then.get().kind() == CueKind.AGGREGATE) {
                Reading.Against against = againstAggregate(q, mentions, then.get(), m);
                if (against != null && !op.equals("LIKE") && !op.equals("BETWEEN")) {
                    // "a price above the average price": compared with the aggregate over the whole table.
                    part.role = Reading.Role.CONDITION;
                    part.detail = op;
                    part.value = against;
                    r.used.add(cmp.get());
                    r.used.add(then.get());
                    claim(q, against.mention(), then.get(), consumed, r);
                    return true;
                }
                r.unanchored++;
                r.notes.add("comparison with an aggregate needs a subquery");
                r.used.add(cmp.get());
                return false;
            }
            Optional<Cue> second = cueAt(cues, i);
            if (op.equals("!=") && second.isPresent() && second.get().kind() == CueKind.COMPARE) {
                op = negate(second.get().detail());
                i = skip(q, second.get().end(), CONDITION_GAP);
            }
        } else if (i > m.end() && !op.equals("=")) {
            return false;
        }
        if (op.endsWith("LIKE") && i + 1 < q.size() && PATTERN_NOUNS.contains(q.token(i).lemma())
                && q.token(i + 1).kind() == Token.Kind.QUOTED) {
            i++; // "contains the word 'International'": the quoted text is the pattern, not "word"
        }
        Object value = valueAt(q, mentions, i, m);
        if (value == null && (op.equals("LIKE") || op.equals("NOT LIKE")) && i < q.size() && q.token(i).isWord()
                && !StopWords.isStop(q.token(i).lemma()) && mentionAt(mentions, i) == null
                && cueAt(cues, i).isEmpty()) {
            value = q.token(i).text(); // "names containing Helmet": a part of values, which no value equals
        }
        if (value == null) {
            return false;
        }
        Mention afterValue = mentionAt(mentions, i + 1);
        if (value instanceof Double && afterValue != null && afterValue.kind() == Mention.Kind.TABLE
                || value instanceof Double && cueAt(cues, i + 1).map(c -> c.kind() == CueKind.SUPERLATIVE).orElse(false)) {
            return false; // "balances of the three accounts", "names of the 3 most expensive products"
        }
        Mention valueMention = mentionAt(mentions, i);
        if (valueMention != null && valueMention.kind() == Mention.Kind.VALUE && holding(m, valueMention) == null
                && !valueMention.links().isEmpty()) {
            return false; // the database holds this value in other columns: it is not this column's
        }
        if (value instanceof Double && op.equals("=")) {
            Optional<Cue> trailing = cueAt(cues, i + 1);
            if (trailing.isPresent() && trailing.get().kind() == CueKind.COMPARE && q.lemma(i + 1).equals("or")) {
                op = trailing.get().detail(); // "2010 or later", "5 or more"
                r.used.add(trailing.get());
            }
        }
        part.role = Reading.Role.CONDITION;
        part.detail = op;
        part.value = cmp.isPresent() ? likePattern(q, cmp.get(), op, value) : value;
        Mention times = value instanceof Double d && !op.equals("BETWEEN") ? columnAfterFactor(q, mentions, i) : null;
        if (times != null) {
            // "a list price more than twice their standard cost": another column, scaled.
            part.value = new Reading.Against(null, (Double) value, times);
            consumed[times.start()] = true;
            r.explain(i, times.end());
        }
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

    /** What an aggregate cue in a comparison applies to: a column named after it, or the compared column itself. */
    static Reading.Against againstAggregate(Question q, List<Mention> mentions, Cue aggregate, Mention compared) {
        if (!Set.of("AVG", "MAX", "MIN").contains(aggregate.detail())) {
            return null;
        }
        boolean filtered = mentions.stream().anyMatch(v -> v.kind() == Mention.Kind.VALUE && v.start() >= aggregate.end())
                || q.tokens().subList(aggregate.end(), q.size()).stream().anyMatch(Token::isNumber);
        if (filtered) {
            return null; // "below the minimum rating of English songs": the subquery has a filter of its own
        }
        boolean numeric = compared != null && compared.links().stream()
                .anyMatch(l -> l.column() != null && l.column().isNumeric());
        if (!numeric) {
            return null; // "friends younger than the average age": the compared thing is not the number
        }
        int j = skip(q, aggregate.end(), GAP);
        Mention after = mentionAt(mentions, j);
        if (after != null && after.kind() == Mention.Kind.COLUMN) {
            return new Reading.Against(aggregate.detail(), 1.0, after);
        }
        if (after == null || after.kind() == Mention.Kind.TABLE) {
            return new Reading.Against(aggregate.detail(), 1.0, null); // "above the average", "than the average product"
        }
        return null;
    }

    /** Marks the aggregate cue and what it names as read. */
    static void claim(Question q, Mention named, Cue aggregate, boolean[] consumed, Reading r) {
        r.explain(aggregate.start(), aggregate.end());
        if (named != null) {
            consumed[named.start()] = true;
            r.explain(named.start(), named.end());
        }
    }

    /** "twice their standard cost", "3 times the weight": a column right after a number and "times". */
    private static Mention columnAfterFactor(Question q, List<Mention> mentions, int numberAt) {
        int j = numberAt + 1;
        boolean times = j < q.size() && q.token(j).lower().equals("times");
        boolean twice = Set.of("twice", "thrice").contains(q.token(numberAt).lower());
        if (!times && !twice) {
            return null;
        }
        j = skip(q, times ? j + 1 : j, Set.of("their", "its", "the", "his", "her", "as", "much", "of"));
        Mention after = mentionAt(mentions, j);
        return after != null && after.kind() == Mention.Kind.COLUMN ? after : null;
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

    static int skip(Question q, int i, Set<String> words) {
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

    /** A column mention right before or after a value that holds it: "Fall election cycle". */
    static Mention adjacentColumn(Question q, List<Mention> mentions, Mention value) {
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

    static Mention mentionAt(List<Mention> mentions, int i) {
        for (Mention m : mentions) {
            if (m.start() == i) {
                return m;
            }
        }
        return null;
    }

}
