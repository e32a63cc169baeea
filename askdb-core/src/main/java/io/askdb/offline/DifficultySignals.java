package io.askdb.offline;

import io.askdb.llm.ComplexityAnalyzer.Complexity;
import io.askdb.schema.TableInfo;
import io.askdb.text.CueKind;
import io.askdb.text.ShapeWords;
import io.askdb.text.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the offline reading of a question says about how hard it is to write as SQL, before any model
 * is asked: how many tables it links and how far apart they are on the key graph, whether it groups
 * and ranks, compares a value with an aggregate, negates over a set, combines sets, asks for a ratio
 * or compares periods, names advanced SQL, how sure the reading is, and the size of the question. With the schema
 * selection's size and the seed's keyword score these are the inputs of {@link DifficultyModel}.
 *
 * <p>Each input is a number under a fixed name ({@link #NAMES}); the fitted model refers to them by
 * name, and {@link #reading} says each in words for the response.
 */
final class DifficultySignals {

    /** The inputs, in the order the explanation lists them. */
    static final List<String> NAMES = List.of("tables", "keyDistance", "groupRank", "aggregateComparison",
            "negationOverSet", "setOperation", "ratio", "periodComparison", "advancedSql", "grouping", "ranking", "columns",
            "filters", "conjunctions", "words", "uncertainty", "selection", "keywords");

    /** Tables with no key path between them count as this far apart. */
    static final int UNCONNECTED = 3;

    private static final Set<String> NEGATIONS = Set.of("not", "never", "without", "no", "n't", "none", "except",
            "nobody", "nothing", "neither");

    private static final String ADVANCED = "advanced:";

    private static final Set<String> INEQUALITIES = Set.of("!=", "<>", "NOT LIKE", "NOT IN");

    private final Map<String, Double> values = new LinkedHashMap<>();
    private final Map<String, String> phrases = new LinkedHashMap<>();

    private DifficultySignals() {}

    /**
     * @param plan the composed plan, when the question could be composed
     * @param confidence the reading's confidence (0 when there is no plan)
     * @param selected the tables the schema selection shows the model
     * @param keywords the seed's keyword reading
     */
    static DifficultySignals of(Question q, Reading r, Optional<Plan> plan, JoinGraph graph, double confidence,
            int selected, Complexity keywords) {
        DifficultySignals s = new DifficultySignals();
        List<TableInfo> linked = linkedTables(r);
        Set<TableInfo> all = Collections.newSetFromMap(new IdentityHashMap<>());
        all.addAll(linked);
        plan.ifPresent(p -> {
            all.add(p.from());
            p.joins().forEach(j -> all.add(j.table()));
            // "never ordered": the table a NOT EXISTS looks into is a table of the question too.
            p.where().stream().filter(c -> c.value() instanceof Absence.Absent)
                    .forEach(c -> all.add(((Absence.Absent) c.value()).table()));
        });
        s.values.put("tables", (double) all.size());
        s.values.put("keyDistance", (double) farthest(linked, graph));

        boolean grouping = r.parts.stream().anyMatch(p -> p.role == Reading.Role.GROUP) || q.has(CueKind.GROUP)
                || plan.map(p -> !p.groupBy().isEmpty()).orElse(false);
        boolean ranking = q.has(CueKind.TOP) || q.has(CueKind.SUPERLATIVE) || q.has(CueKind.ORDER);
        s.flag("groupRank", r.countSuperlative != null || grouping && ranking, null);
        Optional<String> aggregate = ShapeWords.aggregateComparison(q.text());
        s.flag("aggregateComparison", aggregate.isPresent() || r.havingOp != null,
                aggregate.orElse(r.havingOp != null ? "a condition on a count" : null));
        Optional<String> negation = negationOverSet(q, r, plan);
        s.flag("negationOverSet", negation.isPresent(), negation.orElse(null));
        Optional<String> set = ShapeWords.setOperation(q.text());
        s.flag("setOperation", set.isPresent(), set.orElse(null));
        // "market share", "last year": a column's name, not a ratio or a period to compare.
        Set<String> named = linkedWords(q, r);
        Optional<String> ratio = ShapeWords.ratio(q.text()).filter(phrase -> !named.containsAll(words(phrase)));
        s.flag("ratio", ratio.isPresent(), ratio.orElse(null));
        Optional<String> period = ShapeWords.periodComparison(q.text())
                .filter(phrase -> !named.containsAll(words(phrase)));
        s.flag("periodComparison", period.isPresent(), period.orElse(null));
        // The seed's advanced terms ("window function", "running total", "rank … within each"), unless a column's name.
        Optional<String> advanced = keywords.indicators().stream().filter(i -> i.startsWith(ADVANCED))
                .map(i -> i.substring(ADVANCED.length())).filter(phrase -> !named.containsAll(words(phrase)))
                .findFirst();
        s.flag("advancedSql", advanced.isPresent(), advanced.orElse(null));
        s.flag("grouping", grouping, null);
        s.flag("ranking", ranking, null);
        s.values.put("columns", (double) r.with(Reading.Role.PROJECT).size());
        s.values.put("filters", (double) (r.with(Reading.Role.CONDITION).size() + r.with(Reading.Role.VALUE).size()));
        s.values.put("conjunctions", (double) q.tokens().stream()
                .filter(t -> t.lower().equals("and") || t.lower().equals("or")).count());
        s.values.put("words", (double) q.tokens().stream().filter(Token::isWord).count());
        s.values.put("uncertainty", 1 - confidence);
        s.values.put("selection", (double) selected);
        s.values.put("keywords", keywords.score());
        return s;
    }

    /** The inputs by name, in {@link #NAMES} order. */
    Map<String, Double> values() {
        return Collections.unmodifiableMap(values);
    }

    /** One input in words: "3 tables", "negation over a set ('never')", "reading confidence 0.42". */
    String reading(String name) {
        double v = values.getOrDefault(name, 0.0);
        String phrase = phrases.get(name);
        String quoted = phrase == null ? "" : " ('" + phrase + "')";
        return switch (name) {
            case "tables" -> count(v, "table");
            case "keyDistance" -> "tables " + count(v, "key") + " apart";
            case "groupRank" -> "grouping with ranking";
            case "aggregateComparison" -> "comparison with an aggregate" + quoted;
            case "negationOverSet" -> "negation over a set" + quoted;
            case "setOperation" -> "set operation" + quoted;
            case "ratio" -> "ratio or share" + quoted;
            case "periodComparison" -> "period-over-period comparison" + quoted;
            case "advancedSql" -> "advanced SQL asked for" + quoted;
            case "grouping" -> "grouping";
            case "ranking" -> "ranking";
            case "columns" -> count(v, "column") + " asked";
            case "filters" -> count(v, "filter");
            case "conjunctions" -> count(v, "and/or", "and/or");
            case "words" -> count(v, "word");
            case "uncertainty" -> String.format(Locale.ROOT, "offline reading confidence %.2f", 1 - v);
            case "selection" -> "schema selection of " + count(v, "table");
            case "keywords" -> String.format(Locale.ROOT, "keyword score %.1f", v);
            default -> name;
        };
    }

    private void flag(String name, boolean on, String phrase) {
        values.put(name, on ? 1.0 : 0.0);
        if (on && phrase != null) {
            phrases.put(name, phrase);
        }
    }

    /** The distinct tables the reading's parts link to, in the order they are mentioned. */
    private static List<TableInfo> linkedTables(Reading r) {
        List<TableInfo> out = new ArrayList<>();
        for (Reading.Part p : r.parts) {
            if (p.chosen != null && out.stream().noneMatch(t -> t == p.chosen.table())) {
                out.add(p.chosen.table());
            }
        }
        return out;
    }

    /** The words of the question that the reading linked to a table, a column or a value. */
    private static Set<String> linkedWords(Question q, Reading r) {
        Set<String> out = new java.util.HashSet<>();
        for (Reading.Part p : r.parts) {
            for (int i = p.mention.start(); i < Math.min(p.mention.end(), q.size()); i++) {
                out.add(q.token(i).lower());
            }
        }
        return out;
    }

    private static List<String> words(String phrase) {
        return List.of(phrase.replace("…", " ").strip().split("\\s+"));
    }

    /** The largest key distance between two linked tables; {@value #UNCONNECTED} when two have no path. */
    private static int farthest(List<TableInfo> tables, JoinGraph graph) {
        int far = 0;
        for (int i = 0; i < tables.size(); i++) {
            for (int j = i + 1; j < tables.size(); j++) {
                int d = graph.distance(tables.get(i), tables.get(j));
                far = Math.max(far, d < 0 ? UNCONNECTED : d);
            }
        }
        return far;
    }

    /**
     * A negation that keeps rows for what they lack ("never ordered", "students without pets",
     * "except those in Paris"), not a plain inequality on one column ("not red" read as {@code != 'red'}).
     */
    private static Optional<String> negationOverSet(Question q, Reading r, Optional<Plan> plan) {
        boolean plainInequality = r.parts.stream().anyMatch(p -> p.role == Reading.Role.CONDITION
                && (p.detail.equals("!=") || p.detail.startsWith("NOT")))
                || plan.map(p -> p.where().stream().anyMatch(c -> INEQUALITIES.contains(c.op()))).orElse(false);
        if (plainInequality && !r.negationPlaced) {
            return Optional.empty();
        }
        return q.tokens().stream().map(Token::lower).filter(NEGATIONS::contains).findFirst();
    }

    private static String count(double v, String noun) {
        return count(v, noun, noun + "s");
    }

    private static String count(double v, String one, String many) {
        long n = Math.round(v);
        return n + " " + (n == 1 ? one : many);
    }
}
