package io.askdb.offline;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a {@link Reading} into a {@link Plan}: picks the main table, resolves each span to one
 * column, connects the tables along foreign keys, and lays out select list, filters, grouping,
 * having, ordering and row cap. Records what it had to guess, for the confidence score.
 */
final class Composer {

    /** A plan with what was guessed while making it. */
    record Draft(Plan plan, Features features, String explanation) {}

    /** Signals the confidence model reads. */
    record Features(
            String shape,
            int unexplained,
            int unanchored,
            int ambiguous,
            int joins,
            int conditions,
            double weakestLink,
            boolean mainNamed,
            boolean starSelect,
            int selectItems,
            int tokens,
            boolean distinctWord,
            int values,
            boolean lowercaseValue,
            double meanLink,
            int partialLinks,
            int conjunctions,
            boolean negated,
            boolean asksWhich,
            int unexplainedNames,
            int textNumber,
            boolean both,
            boolean eachUngrouped,
            boolean guessedAttribute,
            boolean echoed,
            int tables) {}

    private final SchemaCatalog catalog;
    private final JoinGraph graph;

    Composer(SchemaCatalog catalog, JoinGraph graph) {
        this.catalog = catalog;
        this.graph = graph;
    }

    Optional<Draft> compose(Question q, Reading r) {
        if (catalog.tables().isEmpty()) {
            return Optional.empty();
        }
        TableInfo main = mainTable(r);
        if (main == null) {
            return Optional.empty();
        }
        boolean mainNamed = r.parts.stream().anyMatch(p -> p.mention.kind() == Mention.Kind.TABLE
                && p.mention.links().get(0).table() == main);
        Set<TableInfo> mentionedTables = new LinkedHashSet<>();
        mentionedTables.add(main);
        for (Reading.Part p : r.parts) {
            if (p.mention.kind() == Mention.Kind.TABLE) {
                p.chosen = p.mention.links().get(0);
                mentionedTables.add(p.chosen.table());
            }
        }
        double weakest = 1.0;
        int ambiguous = 0;
        for (Reading.Part p : r.parts) {
            if (p.mention.kind() == Mention.Kind.TABLE) {
                weakest = Math.min(weakest, p.chosen.score());
                continue;
            }
            if (p.mention.links().isEmpty()) {
                continue;
            }
            Resolution res = resolve(p, main, mentionedTables, localTable(r, p), PriceVerb.asksPrice(q, p.mention));
            p.chosen = res.link;
            ambiguous += res.ambiguous ? 1 : 0;
            if (p.role != Reading.Role.VALUE) {
                weakest = Math.min(weakest, p.chosen.score());
            }
        }
        Set<TableInfo> needed = new LinkedHashSet<>();
        for (Reading.Part p : r.parts) {
            // Tables named only as context join too: "names of singers who have songs" keeps singers with songs.
            if (p.chosen != null) {
                needed.add(p.chosen.table());
            }
        }
        needed.remove(main);
        Optional<List<Plan.Join>> joins = graph.connect(main, needed);
        if (joins.isEmpty()) {
            // Drop weak links to tables that cannot be reached, then try again.
            Set<TableInfo> reachable = new LinkedHashSet<>();
            for (TableInfo t : needed) {
                if (graph.distance(main, t) >= 0) {
                    reachable.add(t);
                }
            }
            boolean removed = r.parts.removeIf(p -> p.chosen != null && p.chosen.table() != main
                    && !reachable.contains(p.chosen.table()) && p.chosen.score() < 0.7);
            if (removed) {
                r.unanchored++;
                needed.retainAll(reachable);
                joins = graph.connect(main, needed);
            }
        }
        if (joins.isEmpty()) {
            return Optional.empty();
        }
        return layout(q, r, main, joins.get(), new int[] {ambiguous}, weakest, mainNamed);
    }

    private Optional<Draft> layout(Question q, Reading r, TableInfo main, List<Plan.Join> joins, int[] ambiguous,
            double weakest, boolean mainNamed) {
        List<Plan.Item> select = new ArrayList<>();
        List<Plan.Condition> where = new ArrayList<>();
        List<Plan.Column> groupBy = new ArrayList<>();
        List<Plan.Order> order = new ArrayList<>();
        Plan.Condition having = null;
        int limit = r.limit;
        StringBuilder why = new StringBuilder();
        boolean grouped = false;
        boolean extremes = extremesOfOneColumn(r);
        boolean aggregating = extremes || r.countForm || r.havingOp != null || r.countSuperlative != null
                || r.parts.stream().anyMatch(p -> p.role == Reading.Role.AGGREGATE || p.role == Reading.Role.COUNTED);
        boolean projecting = r.parts.stream().anyMatch(p -> p.role == Reading.Role.PROJECT
                && p.chosen != null && p.chosen.column() != null);
        for (Reading.Part p : r.parts) {
            if (p.role == Reading.Role.GROUP && p.mention.kind() == Mention.Kind.TABLE && p.chosen != null
                    && p.chosen.table() == main) {
                p.role = Reading.Role.CONTEXT;
            }
            if (p.role == Reading.Role.GROUP && !aggregating) {
                // "the name of each department": "each" means all here.
                p.role = p.mention.kind() == Mention.Kind.TABLE ? Reading.Role.CONTEXT : Reading.Role.PROJECT;
            }
            if (p.role == Reading.Role.AGGREGATE && projecting && (p.detail.equals("MAX") || p.detail.equals("MIN"))
                    && r.parts.stream().noneMatch(x -> x.role == Reading.Role.GROUP)) {
                // "the id and name of the aircraft with the maximum distance": the top row.
                p.role = Reading.Role.SUPERLATIVE;
                p.descending = p.detail.equals("MAX");
            }
            if (p.role == Reading.Role.SUPERLATIVE && !projecting && r.parts.stream().anyMatch(
                    x -> x.role == Reading.Role.AGGREGATE)) {
                // "the highest, lowest and average cost": aggregates, not a top row.
                p.role = Reading.Role.AGGREGATE;
                p.detail = p.descending ? "MAX" : "MIN";
            }
        }
        // Where each select item was asked for: the select list follows the question's word order.
        Map<Plan.Item, Integer> asked = new HashMap<>();
        for (Reading.Part p : r.parts) {
            if (p.chosen == null || p.chosen.column() == null) {
                if (p.role == Reading.Role.GROUP && p.chosen != null) {
                    Plan.Column key = labelColumn(p.chosen.table());
                    if (key != null) {
                        groupBy.add(key);
                        select.add(Plan.Item.of(key));
                        asked.putIfAbsent(Plan.Item.of(key), p.mention.start());
                        grouped = true;
                    }
                }
                continue;
            }
            int at = select.size();
            Plan.Column col = new Plan.Column(p.chosen.table(), p.chosen.column());
            switch (p.role) {
                case PROJECT -> select.add(Plan.Item.of(col));
                case AGGREGATE -> select.add(new Plan.Item(p.detail, col, false));
                case COUNTED -> {
                    // "how many advisors are there" over Student.advisor: the values, each once.
                    boolean values = r.countDistinct || !mainNamed && !col.column().primaryKey()
                            && !col.table().primaryKey().contains(col.column());
                    select.add(new Plan.Item("COUNT", values ? col : null, values));
                }
                case CONTEXT -> { }
                case GROUP -> {
                    groupBy.add(col);
                    select.add(0, Plan.Item.of(col));
                    grouped = true;
                }
                case ORDER -> order.add(new Plan.Order(Plan.Item.of(col), p.descending));
                case SUPERLATIVE -> {
                    order.add(new Plan.Order(Plan.Item.of(col), p.descending));
                    limit = limit > 0 ? limit : 1;
                }
                case CONDITION, VALUE -> {
                    if (countsRows(q, r, p, col)) {
                        // "students who have at least two allergies": a count of rows, not a text column compared.
                        r.havingOp = p.detail;
                        r.havingValue = d(p.value);
                    } else {
                        where.add(condition(col, p));
                    }
                }
                default -> { }
            }
            if (select.size() > at) {
                asked.putIfAbsent(p.role == Reading.Role.GROUP ? select.get(0) : select.get(select.size() - 1),
                        p.mention.start());
            }
        }
        if (!r.countDistinct) {
            // "how many tests have result Fail": a column fixed by the filter has one value; count rows.
            for (int i = 0; i < select.size(); i++) {
                Plan.Item item = select.get(i);
                if (item.distinct() && "COUNT".equals(item.aggregate()) && where.stream().anyMatch(
                        c -> c.op().equals("=") && item.column().equals(c.item().column()))) {
                    select.set(i, Plan.Item.countAll());
                }
            }
        }
        boolean counted = r.parts.stream().anyMatch(p -> p.role == Reading.Role.COUNTED);
        if (r.countForm && !counted || r.countForm && r.parts.stream().anyMatch(
                p -> p.role == Reading.Role.COUNTED && p.chosen != null && p.chosen.column() == null)) {
            List<ColumnInfo> pk = main.primaryKey();
            boolean fansOut = !joins.isEmpty() && pk.size() == 1 && groupBy.isEmpty();
            // Counting rows of a table joined to others: count each row once.
            Plan.Item count = fansOut ? new Plan.Item("COUNT", new Plan.Column(main, pk.get(0)), true) : Plan.Item.countAll();
            select.add(count);
            q.first(Cue.Kind.COUNT).ifPresent(c -> asked.putIfAbsent(count, c.start()));
        }
        boolean aggregated = select.stream().anyMatch(i -> i.aggregate() != null);
        if (grouped && !aggregated) {
            select.add(Plan.Item.countAll());
            aggregated = true;
        }
        if (!grouped && aggregated && select.stream().anyMatch(i -> i.aggregate() == null)) {
            // "name and number of X": nothing says by what; refuse rather than guess.
            return Optional.empty();
        }
        if (r.havingOp != null || r.countSuperlative != null) {
            if (groupBy.isEmpty()) {
                Plan.Column key = groupKey(main, select, r);
                if (key == null) {
                    return Optional.empty();
                }
                groupBy.add(key);
            }
            dropCountedThings(q, r, select, groupBy);
            if (r.havingOp != null) {
                having = new Plan.Condition(Plan.Item.countAll(), r.havingOp, r.havingValue, null);
            } else {
                order.add(0, new Plan.Order(Plan.Item.countAll(), r.countSuperlative.equals("DESC")));
                limit = limit > 0 ? limit : 1;
            }
        }
        String orderNote = r.notes.stream().filter(n -> n.startsWith("order:")).findFirst().orElse(null);
        if (order.isEmpty() && orderNote != null) {
            boolean desc = orderNote.endsWith("DESC");
            Plan.Item target = select.stream().filter(i -> i.aggregate() != null).findFirst()
                    .orElse(select.isEmpty() ? null : select.get(0));
            if (target != null) {
                order.add(new Plan.Order(target, desc));
            }
        }
        select = new ArrayList<>(new java.util.LinkedHashSet<>(select));
        boolean howMany = q.size() > 1 && q.token(0).lower().equals("how") && q.token(1).lower().equals("many");
        if (grouped && !howMany) {
            // "the number of members in each city" lists the count first; "how many ... each" mostly
            // reads as a breakdown, the group first.
            List<Plan.Item> placed = new ArrayList<>(select);
            placed.sort(java.util.Comparator.comparingInt(i -> asked.getOrDefault(i, Integer.MAX_VALUE)));
            select = placed;
        }
        int before = where.size();
        where = mergeSameColumn(where);
        if (where.size() < before && q.tokens().stream().anyMatch(t -> t.lower().equals("both"))) {
            ambiguous[0] += 2; // "both X and Y" asks for an intersection, not either value
        }
        boolean star = false;
        // "where is the history department", "how long is track X": an attribute asked without naming it.
        boolean guessedAttribute = select.isEmpty() && !r.allColumns && q.size() > 0
                && Set.of("how", "when", "where").contains(q.token(0).lower());
        if (select.isEmpty()) {
            boolean implied = !mainNamed && namesTableWord(q, main);
            if (!r.allColumns && !mainNamed && !implied) {
                return Optional.empty();
            }
            mainNamed |= implied;
            Plan.Column label = r.allColumns ? null : nameColumn(main);
            if (label != null) {
                // "which product costs most", "products of color red": rows are named by their name.
                select.add(Plan.Item.of(label));
            } else {
                select.add(new Plan.Item(null, null, false));
                star = true;
            }
        }
        boolean distinct = q.has(Cue.Kind.DISTINCT) && !r.countDistinct && !aggregated
                || listsValues(select, mainNamed && !asksForValues(q, select), groupBy, order, limit);
        TieBreaker.lastKey(select, labelColumn(main), groupBy, order, r.limit).ifPresent(order::add);
        Plan plan = new Plan(select, distinct, main, joins, where, orHint(q, where), groupBy, having, order, limit);
        why.append("read as ").append(shape(r, plan)).append(" over ").append(main.id());
        if (!joins.isEmpty()) {
            why.append(" joined with ").append(joins.stream().map(j -> j.table().name()).toList());
        }
        if (!r.notes.isEmpty()) {
            why.append("; ").append(String.join("; ", r.notes.stream().filter(n -> !n.startsWith("order:")).toList()));
        }
        int values = 0;
        int partial = 0;
        boolean lowercase = false;
        double linkSum = 0;
        int linkCount = 0;
        for (Reading.Part p : r.parts) {
            if (p.role == Reading.Role.VALUE) {
                values++;
                Token first = q.token(p.mention.start());
                lowercase |= first.kind() == Token.Kind.WORD && !first.capitalized();
            } else if (p.chosen != null) {
                linkSum += p.chosen.score();
                linkCount++;
                partial += p.chosen.score() < 0.95 ? 1 : 0;
            }
        }
        Features f = new Features(shape(r, plan), r.unexplained, r.unanchored, ambiguous[0], joins.size(),
                where.size(), weakest, mainNamed, star, select.size(), q.size(), q.has(Cue.Kind.DISTINCT), values,
                lowercase, linkCount == 0 ? 0 : linkSum / linkCount, partial,
                (int) q.tokens().stream().filter(t -> t.lower().equals("and") || t.lower().equals("or")).count(),
                q.tokens().stream().anyMatch(t -> Set.of("not", "no", "never", "without", "n't", "except", "none")
                        .contains(t.lower())),
                q.size() > 0 && Set.of("which", "who", "whose", "whom").contains(q.token(0).lower()), r.unexplainedNames,
                textNumberComparisons(plan),
                q.tokens().stream().anyMatch(t -> t.lower().equals("both")),
                plan.groupBy().isEmpty() && q.tokens().stream().anyMatch(t -> Set.of("each", "per", "every").contains(t.lower())),
                guessedAttribute, echoed(plan), catalog.tables().size());
        return Optional.of(new Draft(plan, f, why.toString()));
    }

    /**
     * "the ages of the oldest and youngest students", "the maximum and minimum price for each type":
     * both ends of one column are its maximum and minimum, not a top row.
     */
    private static boolean extremesOfOneColumn(Reading r) {
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
    private static void dropCountedThings(Question q, Reading r, List<Plan.Item> select, List<Plan.Column> groupBy) {
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

    /** A selected column fixed to a value by the filter: the answer repeats the question's value. */
    private static boolean echoed(Plan plan) {
        for (Plan.Condition c : plan.where()) {
            if ((c.op().equals("=") || c.op().equals("IN")) && c.item().aggregate() == null
                    && plan.select().stream().anyMatch(i -> i.aggregate() == null && c.item().column() != null
                            && c.item().column().equals(i.column()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Show all majors": one column named without its table lists the values it takes, each once.
     * A key, name or free-text column (details, description) names rows, which are listed as they are.
     */
    /** "which cities ...", "what colors ...": the question opens by asking for the values of the one selected column. */
    private static boolean asksForValues(Question q, List<Plan.Item> select) {
        if (q.size() < 2 || select.size() != 1 || select.get(0).column() == null
                || !Set.of("which", "what").contains(q.token(0).lower())) {
            return false;
        }
        Token noun = q.token(1);
        boolean plural = !noun.lemma().equals(noun.lower());
        List<String> words = Words.splitIdentifier(select.get(0).column().column().name());
        return plural && words.size() == 1 && words.get(0).equals(noun.lemma());
    }

    private static boolean listsValues(List<Plan.Item> select, boolean mainNamed, List<Plan.Column> groupBy,
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
        return !c.primaryKey() && !isNameLike(c) && !freeText && !only.column().table().primaryKey().contains(c);
    }

    /** A number compared with a text column: usually a count or amount linked to the wrong column. */
    private static int textNumberComparisons(Plan plan) {
        int n = 0;
        for (Plan.Condition c : plan.where()) {
            Plan.Column col = c.item().column();
            boolean ordering = Set.of("<", ">", "<=", ">=", "BETWEEN").contains(c.op());
            boolean number = c.value() instanceof Double || String.valueOf(c.value()).matches("-?\\d+(\\.\\d+)?");
            if (c.item().aggregate() == null && col != null && col.column().isText() && ordering && number) {
                n++;
            }
        }
        return n;
    }

    /** "Marketing and Finance departments": equalities on one column can only mean either value. */
    private static List<Plan.Condition> mergeSameColumn(List<Plan.Condition> where) {
        Map<Plan.Item, List<Plan.Condition>> byItem = new java.util.LinkedHashMap<>();
        for (Plan.Condition c : where) {
            byItem.computeIfAbsent(c.item(), k -> new ArrayList<>()).add(c);
        }
        List<Plan.Condition> out = new ArrayList<>();
        for (var e : byItem.entrySet()) {
            List<Plan.Condition> same = e.getValue();
            boolean allEqual = same.size() > 1 && same.stream().allMatch(c -> c.op().equals("="));
            if (allEqual) {
                out.add(new Plan.Condition(e.getKey(), "IN", same.stream().map(Plan.Condition::value).distinct().toList(), null));
            } else {
                out.addAll(same);
            }
        }
        return out;
    }

    private static boolean orHint(Question q, List<Plan.Condition> where) {
        if (where.size() < 2) {
            return false;
        }
        for (Token t : q.tokens()) {
            if (t.lower().equals("or") || t.lower().equals("either")) {
                return true;
            }
        }
        return false;
    }

    private static Plan.Condition condition(Plan.Column col, Reading.Part p) {
        String op = p.detail.isEmpty() ? "=" : p.detail;
        Object value = p.value;
        if (op.equals("YEAR")) {
            op = col.column().isNumeric() ? "=" : "YEAR=";
        } else if (value instanceof Double d && isYear(d) && !col.column().isNumeric()
                && (col.column().isTemporal() || col.column().isText())) {
            op = "YEAR" + op;
        }
        if (value instanceof Double d && col.column().isText() && !op.startsWith("YEAR")) {
            value = SqlWriter.literal(d).replace("'", "");
        }
        return new Plan.Condition(Plan.Item.of(col), op, value, p.value2);
    }

    /**
     * A number right before the noun ("two allergies", "5 or more cards") compared by order with a
     * text column, no count asked yet: a count of rows, not a value of the column.
     */
    private static boolean countsRows(Question q, Reading r, Reading.Part p, Plan.Column col) {
        ColumnInfo c = col.column();
        int at = p.mention.start();
        boolean numberBefore = at >= 1 && q.token(at - 1).isNumber()
                || at >= 3 && q.token(at - 3).isNumber() && q.token(at - 2).lower().equals("or")
                        && Set.of("more", "fewer", "less").contains(q.token(at - 1).lower());
        return numberBefore && p.role == Reading.Role.CONDITION && r.havingOp == null && p.value instanceof Double d
                && !isYear(d) && d == Math.rint(d) && p.value2 == null
                && Set.of("<", ">", "<=", ">=").contains(p.detail)
                && c.isText() && !c.isTemporal() && !c.isNumeric();
    }

    private static double d(Object value) {
        return (Double) value;
    }

    private static boolean isYear(double d) {
        return d >= 1000 && d <= 2100 && d == Math.rint(d);
    }

    private record Resolution(Mention.Link link, boolean ambiguous) {}

    /** The table named just before a column: "club with name X", "the company's market value". */
    private static TableInfo localTable(Reading r, Reading.Part p) {
        TableInfo local = null;
        for (Reading.Part other : r.parts) {
            if (other.mention.kind() == Mention.Kind.TABLE && other.mention.end() <= p.mention.start()
                    && p.mention.start() - other.mention.end() <= 2) {
                local = other.mention.links().get(0).table();
            }
        }
        return local;
    }

    private Resolution resolve(Reading.Part p, TableInfo main, Set<TableInfo> mentioned, TableInfo local,
            boolean asksPrice) {
        Mention.Link best = null;
        double bestScore = -1;
        double second = -1;
        for (Mention.Link l : p.mention.links()) {
            if (l.column() == null) {
                continue;
            }
            double s = l.score();
            if (l.table() == local) {
                s += 0.1;
            }
            if (l.table() == main) {
                s += 0.35;
            } else if (mentioned.contains(l.table())) {
                s += 0.2;
            } else if (graph.adjacent(main, l.table())) {
                s += 0.05;
            } else {
                int d = graph.distance(main, l.table());
                // Each table more on the path is a guess more: far tables lose to near ones.
                s -= d < 0 ? 0.5 : 0.08 * (d - 1);
            }
            if (p.role == Reading.Role.CONDITION && p.value instanceof String && !l.column().isText()) {
                s -= 0.3;
            }
            if (asksPrice && PriceVerb.isPrice(l.column())) {
                s += 0.3;
            }
            if (s > bestScore) {
                second = bestScore;
                bestScore = s;
                best = l;
            } else if (s > second) {
                second = s;
            }
        }
        if (best == null) {
            return new Resolution(p.mention.links().get(0), true);
        }
        if (asksPrice && PriceVerb.isPrice(best.column())) {
            // The verb names the price as surely as the word matched any column: no synonym discount.
            best = new Mention.Link(best.table(), best.column(), p.mention.bestScore(), best.value());
        }
        return new Resolution(best, second >= bestScore - 0.05);
    }

    private TableInfo mainTable(Reading r) {
        for (Reading.Part p : r.parts) {
            if (p.role == Reading.Role.COUNTED && p.mention.kind() == Mention.Kind.TABLE) {
                return p.mention.links().get(0).table();
            }
        }
        for (Reading.Part p : r.parts) {
            if (p.role == Reading.Role.CONTEXT && p.mention.kind() == Mention.Kind.TABLE && !"most".equals(p.detail)) {
                return p.mention.links().get(0).table();
            }
        }
        Map<TableInfo, Double> support = new HashMap<>();
        for (Reading.Part p : r.parts) {
            Set<TableInfo> seen = new LinkedHashSet<>();
            for (Mention.Link l : p.mention.links()) {
                if (seen.add(l.table())) {
                    double weight = p.role == Reading.Role.VALUE ? 0.5 : p.role == Reading.Role.PROJECT ? 1.2 : 1.0;
                    support.merge(l.table(), l.score() * weight, Double::sum);
                }
            }
        }
        return support.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(r.parts.stream().filter(p -> p.mention.kind() == Mention.Kind.TABLE).findFirst()
                        .map(p -> p.mention.links().get(0).table()).orElse(null));
    }

    /** What to group by when counting rows per thing: a projected column, else the table's key. */
    private static Plan.Column groupKey(TableInfo main, List<Plan.Item> select, Reading r) {
        for (Plan.Item i : select) {
            if (i.aggregate() == null && i.column() != null) {
                ColumnInfo c = i.column().column();
                TableInfo t = i.column().table();
                if (t != main || !isNameLike(c)) {
                    return i.column();
                }
                List<ColumnInfo> pk = t.primaryKey();
                return pk.size() == 1 ? new Plan.Column(t, pk.get(0)) : i.column();
            }
        }
        List<ColumnInfo> pk = main.primaryKey();
        return pk.size() == 1 ? new Plan.Column(main, pk.get(0)) : null;
    }

    /** A short title column holds "Mr." or "Dr.", not what names the row. */
    private static boolean isHonorific(ColumnInfo c) {
        return c.isText() && c.name().toLowerCase(Locale.ROOT).contains("title") && c.size() > 0 && c.size() < 20;
    }

    private static boolean isNameLike(ColumnInfo c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        return n.contains("name") || n.contains("title");
    }

    /** A text column called just name or title (or the table's word and name: product_name), if one. */
    static Plan.Column nameColumn(TableInfo t) {
        List<String> tableWords = Words.splitIdentifier(t.name());
        String last = tableWords.isEmpty() ? "" : Words.lemma(tableWords.get(tableWords.size() - 1));
        for (ColumnInfo c : t.columns()) {
            List<String> w = Words.splitIdentifier(c.name());
            boolean plain = w.size() == 1 && (w.get(0).equals("name") || w.get(0).equals("title"));
            // product_name in Product; campus in Campuses, city in City: the column that repeats the table's word.
            boolean own = w.size() == 2 && Words.lemma(w.get(0)).equals(last) && w.get(1).equals("name")
                    || w.size() == 1 && Words.lemma(w.get(0)).equals(last) && !c.primaryKey();
            if (isHonorific(c)) {
                continue;
            }
            if (c.isText() && (plain || own)) {
                return new Plan.Column(t, c);
            }
        }
        return null;
    }

    /** Whether a question word is the table's own word ("products" for Product) though no mention took it. */
    private static boolean namesTableWord(Question q, TableInfo t) {
        List<String> words = Words.splitIdentifier(t.name());
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        return q.tokens().stream().anyMatch(tok -> tok.lemma().equals(last));
    }

    /** The column that names a row of a table: a name or title, else the single key. */
    static Plan.Column labelColumn(TableInfo t) {
        Plan.Column name = nameColumn(t);
        if (name != null) {
            return name;
        }
        for (ColumnInfo c : t.columns()) {
            if (isHonorific(c)) {
                continue;
            }
            if (isNameLike(c) && c.isText()) {
                return new Plan.Column(t, c);
            }
        }
        List<ColumnInfo> pk = t.primaryKey();
        return pk.size() == 1 ? new Plan.Column(t, pk.get(0)) : null;
    }

    private static String shape(Reading r, Plan plan) {
        StringBuilder s = new StringBuilder();
        s.append(r.countForm ? "count" : plan.select().stream().anyMatch(i -> i.aggregate() != null) ? "aggregate" : "list");
        if (!plan.where().isEmpty()) {
            s.append("+where");
        }
        if (!plan.groupBy().isEmpty()) {
            s.append("+group");
        }
        if (plan.having() != null) {
            s.append("+having");
        }
        if (!plan.orderBy().isEmpty()) {
            s.append(plan.limit() > 0 ? "+top" : "+order");
        }
        return s.toString();
    }
}
