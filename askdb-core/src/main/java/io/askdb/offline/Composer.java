package io.askdb.offline;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.ForeignKeyInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableInfo;
import io.askdb.schema.linking.Mention;
import io.askdb.text.CueKind;
import io.askdb.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a {@link Reading} into a {@link Plan}: picks the main table, resolves each span to one
 * column ({@link LinkChooser}), connects the tables along foreign keys, and lays out select list,
 * filters ({@link Filters}), grouping, having, ordering and row cap. Records what it had to guess
 * as {@link Features}, for the confidence score.
 */
final class Composer {

    /** A plan with what was guessed while making it. */
    record Draft(Plan plan, Features features, String explanation, Omissions omissions) {}

    private final SchemaCatalog catalog;
    private final JoinGraph graph;
    private final LinkChooser chooser;

    Composer(SchemaCatalog catalog, JoinGraph graph) {
        this.catalog = catalog;
        this.graph = graph;
        this.chooser = new LinkChooser(graph);
    }

    Optional<Draft> compose(Question q, Reading r) {
        if (catalog.tables().isEmpty()) {
            return Optional.empty();
        }
        TableInfo main = LinkChooser.mainTable(r);
        if (main == null) {
            return Optional.empty();
        }
        r.absent = Absence.place(q, r, main, catalog).orElse(null);
        r.present = Presence.place(q, r, main).orElse(null);
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
        int ambiguous = r.ambiguous; // guesses made while placing a negation
        Margins margins = new Margins();
        for (Reading.Part p : r.parts) {
            if (p.mention.kind() == Mention.Kind.TABLE) {
                weakest = Math.min(weakest, p.chosen.score());
                margins.table = Math.min(margins.table, LinkChooser.tableMargin(p.mention));
                continue;
            }
            if (p.mention.links().isEmpty()) {
                continue;
            }
            LinkChooser.Choice choice = chooser.choose(p, main, mentionedTables, LinkChooser.localTable(r, p),
                    PriceVerb.asksPrice(q, p.mention));
            p.chosen = choice.link();
            Filters.spellAsChosen(p);
            ambiguous += choice.ambiguous() ? 1 : 0;
            if (p.role != Reading.Role.VALUE) {
                margins.column = Math.min(margins.column, choice.margin());
                weakest = Math.min(weakest, p.chosen.score());
            }
        }
        ambiguous += PairedColumns.settle(q, r);
        dropWeakVerbs(q, r);
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
        return layout(q, r, main, namedKeys(q, joins.get()), ambiguous, weakest, mainNamed, margins);
    }

    /** The narrowest wins of the reading's choices: of a column over the next, of a table over another. */
    static final class Margins {
        double column = 1;
        double table = 1;
    }

    /**
     * Lays out the clauses of the query from the parts' settled roles; empty when the reading asks
     * for something the plan cannot say without guessing.
     */
    private Optional<Draft> layout(Question q, Reading r, TableInfo main, List<Plan.Join> joins, int ambiguous,
            double weakest, boolean mainNamed, Margins margins) {
        List<Plan.Item> select = new ArrayList<>();
        List<Plan.Condition> where = new ArrayList<>();
        List<Plan.Column> groupBy = new ArrayList<>();
        List<Plan.Order> order = new ArrayList<>();
        Plan.Condition having = null;
        int limit = r.limit;
        boolean grouped = false;
        boolean rankedByTotal = false;
        settleRoles(q, r, main);
        AskedColumns.settle(q, r);
        // Where each select item was asked for: the select list follows the question's word order.
        Map<Plan.Item, Integer> asked = new HashMap<>();
        for (Reading.Part p : r.parts) {
            if (p.chosen == null || p.chosen.column() == null) {
                if (p.role == Reading.Role.GROUP && p.chosen != null) {
                    Plan.Column key = RowLabels.labelColumn(p.chosen.table());
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
                case AGGREGATE -> {
                    if (("SUM".equals(p.detail) || "AVG".equals(p.detail)) && isIdentifier(col)
                            || "SUM".equals(p.detail) && isYear(col)) {
                        return Optional.empty(); // an identifier is never a measure: SUM(SalesOrderID) means nothing
                    }
                    select.add(new Plan.Item(p.detail, col, false));
                }
                case COUNTED -> {
                    if (saysTotal(q, p) && col.column().isNumeric() && !isIdentifier(col)) {
                        // "the total number of hours": the hours added up, not the rows counted.
                        select.add(new Plan.Item("SUM", col, false));
                        break;
                    }
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
                    Plan.Column key = ranksByTotal(q, main, col) ? RowLabels.labelColumn(main) : null;
                    if (key != null) {
                        // "top 5 products by quantity sold": each product's total over its order lines.
                        groupBy.add(key);
                        select.add(Plan.Item.of(key));
                        order.add(new Plan.Order(new Plan.Item("SUM", col, false), p.descending));
                        grouped = true;
                        rankedByTotal = true;
                    } else {
                        order.add(new Plan.Order(Plan.Item.of(col), p.descending));
                    }
                    limit = limit > 0 ? limit : 1;
                }
                case CONDITION, VALUE -> {
                    if (Filters.countsRows(q, r, p, col)) {
                        // "students who have at least two allergies": a count of rows, not a text column compared.
                        r.havingOp = p.detail;
                        r.havingValue = (Double) p.value;
                    } else {
                        where.add(Filters.condition(col, p));
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
            q.first(CueKind.COUNT).ifPresent(c -> asked.putIfAbsent(count, c.start()));
        }
        boolean aggregated = select.stream().anyMatch(i -> i.aggregate() != null);
        if (grouped && !aggregated && !rankedByTotal) {
            select.add(Plan.Item.countAll());
            aggregated = true;
        }
        if (!grouped && aggregated && select.stream().anyMatch(i -> i.aggregate() == null)) {
            // "name and number of X": nothing says by what; refuse rather than guess.
            return Optional.empty();
        }
        if (r.countForm && !joins.isEmpty() && (">=".equals(r.havingOp) && r.havingValue == 1
                || ">".equals(r.havingOp) && r.havingValue == 0)) {
            // "how many customers have at least one order": the join already asks for one, and a
            // group per customer would count each apart. A listing keeps its group: it names each once.
            r.havingOp = null;
        }
        Optional<Plan.Column> perValue = grouped || !aggregated || r.havingOp != null
                || r.countSuperlative != null ? Optional.empty() : Filters.forEachValue(q, r);
        if (perValue.isPresent()) {
            groupBy.add(perValue.get());
            select.add(0, Plan.Item.of(perValue.get()));
            grouped = true;
        }
        if (r.havingOp != null || r.countSuperlative != null) {
            if (groupBy.isEmpty()) {
                Plan.Column key = groupKey(main, select, r);
                if (key == null) {
                    return Optional.empty();
                }
                groupBy.add(key);
            }
            SelectList.dropCountedThings(q, r, select, groupBy);
            if (r.havingOp != null) {
                having = new Plan.Condition(Plan.Item.countAll(), r.havingOp, r.havingValue, null);
            } else {
                order.add(0, new Plan.Order(Plan.Item.countAll(), r.countSuperlative.equals("DESC")));
                limit = limit > 0 ? limit : 1;
            }
        }
        String orderNote = r.notes.stream().filter(n -> n.startsWith("order:")).findFirst().orElse(null);
        orderByNote(order, orderNote, select.stream().filter(i -> i.aggregate() != null).findFirst()
                .orElse(select.isEmpty() ? null : select.get(0)));
        select = new ArrayList<>(new LinkedHashSet<>(select));
        boolean howMany = q.size() > 1 && q.token(0).lower().equals("how") && q.token(1).lower().equals("many");
        if (grouped && !howMany) {
            // "the number of members in each city" lists the count first; "how many ... each" mostly
            // reads as a breakdown, the group first.
            List<Plan.Item> placed = new ArrayList<>(select);
            placed.sort(Comparator.comparingInt(i -> asked.getOrDefault(i, Integer.MAX_VALUE)));
            select = placed;
        }
        int before = where.size();
        where = Filters.mergeSameColumn(where);
        if (r.absent != null) {
            where = new ArrayList<>(where);
            where.add(r.absent);
        }
        if (r.present != null) {
            where = new ArrayList<>(where);
            where.add(r.present);
        }
        if (where.size() < before && q.tokens().stream().anyMatch(t -> t.lower().equals("both"))) {
            ambiguous += 2; // "both X and Y" asks for an intersection, not either value
        }
        boolean star = false;
        // "where is the history department", "how long is track X": an attribute asked without naming it.
        boolean guessedAttribute = select.isEmpty() && !r.allColumns && q.size() > 0
                && Set.of("how", "when", "where").contains(q.token(0).lower());
        if (select.isEmpty() && guessedAttribute && q.token(0).lower().equals("when")) {
            // "when was the most recent order placed": the date the rows are ranked by is the answer.
            order.stream().map(o -> o.item().column()).filter(c -> c != null && c.column().isTemporal())
                    .findFirst().map(Plan.Item::of).ifPresent(select::add);
        }
        if (select.isEmpty()) {
            boolean implied = !mainNamed && RowLabels.namesTableWord(q, main);
            if (!r.allColumns && !mainNamed && !implied) {
                return Optional.empty();
            }
            mainNamed |= implied;
            Plan.Column label = r.allColumns ? null : RowLabels.nameColumn(main);
            if (label != null) {
                // "which product costs most", "products of color red": rows are named by their name.
                select.add(Plan.Item.of(label));
                orderByNote(order, orderNote, Plan.Item.of(label)); // "all services in alphabetical order"
            } else {
                select.add(new Plan.Item(null, null, false));
                star = true;
            }
        }
        boolean distinct = q.has(CueKind.DISTINCT) && !r.countDistinct && !aggregated
                || SelectList.listsValues(select, mainNamed && !SelectList.asksForValues(q, select), groupBy, order, limit);
        TieBreaker.lastKey(select, RowLabels.labelColumn(main), groupBy, order, r.limit).ifPresent(order::add);
        Plan plan = new Plan(select, distinct, main, joins, where, r.absent == null && Filters.orHint(q, where), groupBy,
                having, order, limit);
        Omissions omissions = Omissions.of(q, r, plan);
        Features f = Features.of(q, r, plan, ambiguous, weakest, mainNamed, star, guessedAttribute,
                catalog.tables().size(), omissions, margins);
        String explanation = explanation(r, plan) + (omissions.dropped().isEmpty() ? ""
                : "; left out: " + String.join(", ", omissions.dropped()));
        return Optional.of(new Draft(plan, f, explanation, omissions));
    }

    /**
     * One word that only half matches a column ("sell" for sellstartdate, "sold" for salesorderid),
     * shown beside a count, an aggregate or a ranking, is more likely a verb of the question than a
     * column asked for: it leaves the select list and counts as not understood.
     */
    private static void dropWeakVerbs(Question q, Reading r) {
        boolean shaped = r.countForm || r.parts.stream().anyMatch(p -> p.role == Reading.Role.COUNTED
                || p.role == Reading.Role.AGGREGATE || p.role == Reading.Role.SUPERLATIVE);
        if (!shaped) {
            return;
        }
        // Only as the question's last word, where English puts the verb: "do we sell?", "by quantity sold".
        boolean removed = r.parts.removeIf(p -> p.role == Reading.Role.PROJECT && p.mention.kind() == Mention.Kind.COLUMN
                && p.mention.end() - p.mention.start() == 1 && p.chosen != null && p.chosen.score() < 0.5
                && q.tokens().subList(p.mention.end(), q.size()).stream().noneMatch(Token::isWord));
        if (removed) {
            r.unanchored++;
            r.notes.add("a word read as a verb, not a column");
        }
    }

    /**
     * "Top N products by quantity sold": a ranking by a measure kept in a table whose rows point at
     * the main table's (order lines of a product) ranks by each row's total, not by one line.
     */
    private static boolean ranksByTotal(Question q, TableInfo main, Plan.Column col) {
        return col.table() != main && q.has(CueKind.TOP) && col.column().isNumeric() && !isIdentifier(col)
                && col.table().foreignKeys().stream().anyMatch(fk -> fk.referencedTable().key().equals(main.id().key()));
    }

    /**
     * Where two foreign keys join the same tables (an order's ship-to and bill-to address), the
     * one the question's words name: "orders shipped to London" joins through the ship-to address.
     */
    private List<Plan.Join> namedKeys(Question q, List<Plan.Join> joins) {
        List<String> stems = q.contentStems();
        List<Plan.Join> out = new ArrayList<>(joins.size());
        for (Plan.Join j : joins) {
            ForeignKeyInfo fk = j.key();
            TableInfo referencing = catalog.table(fk.table()).orElse(null);
            ForeignKeyInfo best = fk;
            long bestNamed = named(stems, fk);
            if (referencing != null) {
                for (ForeignKeyInfo other : referencing.foreignKeys()) {
                    long n = named(stems, other);
                    if (other != fk && other.referencedTable().equals(fk.referencedTable())
                            && other.columns().size() == fk.columns().size() && n > bestNamed) {
                        best = other;
                        bestNamed = n;
                    }
                }
            }
            out.add(best == fk ? j : new Plan.Join(j.table(), best));
        }
        return out;
    }

    private static long named(List<String> stems, ForeignKeyInfo fk) {
        String columns = String.join(" ", fk.columns()).toLowerCase(Locale.ROOT).replace("_", "");
        return stems.stream().filter(columns::contains).count();
    }

    /** A sort the question asked for with no column of its own ("sorted", "in alphabetical order"): by the target. */
    private static void orderByNote(List<Plan.Order> order, String orderNote, Plan.Item target) {
        if (order.isEmpty() && orderNote != null && target != null) {
            order.add(new Plan.Order(target, orderNote.endsWith("DESC")));
        }
    }

    /** "The total number of X": the count cue just before the mention says "total". */
    private static boolean saysTotal(Question q, Reading.Part p) {
        for (Cue c : q.all(CueKind.COUNT)) {
            if (c.end() <= p.mention.start() && p.mention.start() - c.end() <= 1) {
                for (int i = c.start(); i < c.end(); i++) {
                    if (q.token(i).lower().equals("total")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "the maximum enrollment across all schools": the words after "across all" say over which rows, not what to show. */
    private static boolean scopeOnly(Question q, Reading.Part p) {
        int at = p.mention.start();
        return at >= 2 && Set.of("all", "every").contains(q.token(at - 1).lower())
                && Set.of("across", "among").contains(q.token(at - 2).lower());
    }

    /** A year column ("Year", "founded_year"): years are averaged at most, never added up. */
    private static boolean isYear(Plan.Column col) {
        return lastWord(col).equals("year");
    }

    /** The last word of a column's name, split as names are ("founded_year" → year), or "". */
    private static String lastWord(Plan.Column col) {
        List<String> words = io.askdb.text.Words.splitIdentifier(col.column().name());
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    /** A key or reference column ({@code SalesOrderID}, {@code customer_id}): it names rows, it measures nothing. */
    static boolean isIdentifier(Plan.Column col) {
        if (col.column().primaryKey() && !col.column().isNumeric()) {
            return true;
        }
        if (col.column().primaryKey() || col.table().inForeignKey(col.column())) {
            return true;
        }
        String last = lastWord(col);
        return last.equals("id") || last.equals("guid") || last.equals("key");
    }

    /**
     * Roles that depend on the rest of the reading: grouping by the main table, or with nothing
     * aggregated, is no grouping; a maximum or minimum with columns shown beside it is a top row, and
     * a superlative beside other aggregates with no column shown is one more aggregate.
     */
    private static void settleRoles(Question q, Reading r, TableInfo main) {
        for (Reading.Part p : r.parts) {
            if (p.role == Reading.Role.PROJECT && scopeOnly(q, p)) {
                p.role = Reading.Role.CONTEXT;
            }
        }
        boolean extremes = SelectList.extremesOfOneColumn(r) || SelectList.valueAtTheTop(q, r);
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
    }

    /** Which shape the question was read as, over which tables, with the reading's notes. */
    private static String explanation(Reading r, Plan plan) {
        StringBuilder why = new StringBuilder();
        why.append("read as ").append(Features.shape(r, plan)).append(" over ").append(plan.from().id());
        if (!plan.joins().isEmpty()) {
            why.append(" joined with ").append(plan.joins().stream().map(j -> j.table().name()).toList());
        }
        if (!r.notes.isEmpty()) {
            why.append("; ").append(String.join("; ", r.notes.stream().filter(n -> !n.startsWith("order:")).toList()));
        }
        return why.toString();
    }

    /** What to group by when counting rows per thing: a projected column, else the table's key. */
    private static Plan.Column groupKey(TableInfo main, List<Plan.Item> select, Reading r) {
        for (Plan.Item i : select) {
            if (i.aggregate() == null && i.column() != null) {
                ColumnInfo c = i.column().column();
                TableInfo t = i.column().table();
                if (t != main || !RowLabels.isNameLike(c)) {
                    return i.column();
                }
                List<ColumnInfo> pk = t.primaryKey();
                return pk.size() == 1 ? new Plan.Column(t, pk.get(0)) : i.column();
            }
        }
        List<ColumnInfo> pk = main.primaryKey();
        return pk.size() == 1 ? new Plan.Column(main, pk.get(0)) : null;
    }
}
