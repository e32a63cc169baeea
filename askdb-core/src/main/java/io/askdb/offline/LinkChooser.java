package io.askdb.offline;

import io.askdb.schema.TableInfo;
import io.askdb.schema.linking.Mention;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Chooses what the question is about among the links its words could mean: the main table, then
 * for each column mention the link nearest to it. A column of the main table, of a table the
 * question names, or of a neighbour beats an equally good match in a table further away.
 */
final class LinkChooser {

    /**
     * The link chosen for a mention, whether another came within a hair of it, and by how much it
     * beat the runner-up (1 when nothing else was in the running).
     */
    record Choice(Mention.Link link, boolean ambiguous, double margin) {}

    private final JoinGraph graph;

    LinkChooser(JoinGraph graph) {
        this.graph = graph;
    }

    /** The counted table, else the first table named as context, else the table the most words point at. */
    static TableInfo mainTable(Reading r) {
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

    /**
     * By how much a table mention's best table beat the next other table it could mean ("locations"
     * for Document_Locations or Ref_Locations); 1 when it could mean one table only.
     */
    static double tableMargin(Mention m) {
        if (m.links().isEmpty()) {
            return 1;
        }
        Mention.Link best = m.links().get(0);
        for (Mention.Link l : m.links()) {
            if (l.column() == null && l.table() != best.table()) {
                return Math.min(1, Math.max(0, best.score() - l.score()));
            }
        }
        return 1;
    }

    /** The table named just before a column: "club with name X", "the company's market value". */
    static TableInfo localTable(Reading r, Reading.Part p) {
        TableInfo local = null;
        for (Reading.Part other : r.parts) {
            if (other.mention.kind() == Mention.Kind.TABLE && other.mention.end() <= p.mention.start()
                    && p.mention.start() - other.mention.end() <= 2) {
                local = other.mention.links().get(0).table();
            }
        }
        return local;
    }

    /**
     * The column link a part means, given the main table, the tables the question mentions, the
     * table named just before it, and whether "cost" is used as a verb (which asks for the price).
     */
    Choice choose(Reading.Part p, TableInfo main, Set<TableInfo> mentioned, TableInfo local, boolean asksPrice) {
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
            if (p.value instanceof Reading.Against && !l.column().isNumeric()) {
                s -= 0.5; // only a number is compared with an average or a multiple
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
            return new Choice(p.mention.links().get(0), true, 0);
        }
        if (asksPrice && PriceVerb.isPrice(best.column())) {
            // The verb names the price as surely as the word matched any column: no synonym discount,
            // and no near miss either.
            best = new Mention.Link(best.table(), best.column(), p.mention.bestScore(), best.value());
            return new Choice(best, false, 1);
        }
        return new Choice(best, second >= bestScore - 0.05, second < 0 ? 1 : Math.min(1, bestScore - second));
    }
}
