package io.askdb.schema.linking;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.askdb.schema.ColumnInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableId;
import io.askdb.schema.TableInfo;
import io.askdb.text.StopWords;
import io.askdb.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the part of a large schema a question needs, so the prompt stays small: tables whose
 * names, columns or remarks share words with the question, then their foreign-key neighbours
 * (the tables a join would pass through). A small schema is sent whole. Words are compared as
 * lemmas ({@link Words#lemma}), as the offline reader's linking compares them. Public for the
 * orchestration, which selects before it prompts.
 */
public final class SchemaSelector {

    /**
     * Up to this many tables, the whole schema goes into the prompt. The limits below were chosen on
     * the large-schema benchmark (Spider train merged, BENCHMARKS.md section 8): table recall against
     * prompt tokens.
     */
    public static final int WHOLE_SCHEMA_LIMIT = 12;
    private static final int MAX_TABLES = 6;
    /** The best-ranked tables shown in full; their matching or joining neighbours join them. */
    private static final int DETAILED_TOP = 4;
    /** Further tables named with their columns only. */
    private static final int LISTED = 18;
    /** Further tables listed because a table shown in full joins them. */
    private static final int PARTNERS = 8;
    /**
     * Further tables listed because one of the first {@value #LISTED_PARTNER_SOURCES} listed tables joins
     * them and the question's words match them.
     */
    private static final int LISTED_PARTNERS = 4;
    private static final int LISTED_PARTNER_SOURCES = 8;
    /** Further tables listed because they join two shown ones. */
    private static final int BRIDGES = 6;
    /** How much the question words its join group covers add to a table's score. */
    private static final double GROUP_WEIGHT = 1.0;
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|[_\\s.]+");
    private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}_\\s.]");
    private static final Set<String> STOP = StopWords.SELECTION;
    /** "in alphabetical order", "ordered by": a sort, not the orders table. */
    private static final Pattern SORT_ORDER = Pattern.compile("(?i)\\b(?:(?:ascending|descending|alphabetical|alphabetic"
            + "|reverse|increasing|decreasing|numerical|numeric|chronological|lexicographic(?:al)?|sorted|the same)\\s+"
            + "order|order(?:ed)?\\s+by)\\b");

    /** Each table's name words, read once per table: every question of the orchestration counts them. */
    private static final Cache<TableInfo, List<String>> NAME_WORDS = Caffeine.newBuilder().weakKeys().build();

    private SchemaSelector() {}

    /** The words of a table's name and of each of its columns' names, a name's words once each. */
    public static List<String> nameWords(TableInfo table) {
        return NAME_WORDS.get(table, t -> {
            List<String> out = new ArrayList<>(words(t.name()));
            for (ColumnInfo column : t.columns()) {
                out.addAll(words(column.name()));
            }
            return List.copyOf(out);
        });
    }

    /**
     * The tables a prompt shows: {@code detailed} in full (columns, types, keys, samples), {@code listed}
     * by name and column names only, so that a question whose words fit several tables of a large
     * schema still finds its table in the prompt without paying for every one in full.
     */
    public record Selection(List<TableInfo> detailed, List<TableInfo> listed) {

        public Selection {
            detailed = List.copyOf(detailed);
            listed = List.copyOf(listed);
        }
    }

    /** The tables a question needs in full; see {@link #choose} for the tables listed besides. */
    public static List<TableInfo> select(SchemaCatalog catalog, String question) {
        return choose(catalog, question).detailed();
    }

    /**
     * Ranks the tables by the question's words in their names, columns and remarks, each table helped
     * by the words its join group covers (tables linked by foreign keys belong to one subject, which
     * tells apart same-named tables of different subjects), then shows the best {@value #DETAILED_TOP} in
     * full with the neighbours that also match the question or join two of them, and lists the next
     * best by name and columns, up to {@value #LISTED} of them, then up to {@value #PARTNERS} join
     * partners of the tables shown in full and up to {@value #LISTED_PARTNERS} partners of the best
     * listed ones that the question's words match. A word matches in another form too ("allergic" the
     * Allergy table), at half weight.
     */
    public static Selection choose(SchemaCatalog catalog, String question) {
        return choose(catalog, question, ValueLookup.NONE);
    }

    /**
     * As {@link #choose(SchemaCatalog, String)}, with the values the question names as evidence too: a
     * table holding a value the question names ('California', "Roberto Almeida") counts as if the
     * question named it, the more so the fewer tables hold that value ({@link ValueEvidence}).
     */
    public static Selection choose(SchemaCatalog catalog, String question, ValueLookup values) {
        List<TableInfo> all = catalog.tables();
        if (all.size() <= WHOLE_SCHEMA_LIMIT) {
            return new Selection(all, List.of());
        }
        Set<String> words = words(SORT_ORDER.matcher(question).replaceAll(" "));
        TableGraph graph = TableGraph.of(catalog);
        TableWords index = TableWords.of(catalog);
        Map<TableInfo, Map<String, Double>> valueEvidence =
                ValueEvidence.byTable(ValueEvidence.find(question, values, all.size()));
        Map<TableInfo, Double> base = new HashMap<>();
        // Per connected group, per question word, the best evidence any of its tables gives.
        Map<Integer, Map<String, Double>> groupWords = new HashMap<>();
        for (TableInfo table : all) {
            TableWords.Of tw = index.of(table);
            // Each question word counts once per table, by its best place: the table's name, a
            // column's name, the remarks; so a table is not favoured for repeating a word in ten columns.
            Map<String, Double> evidence = new HashMap<>(valueEvidence.getOrDefault(table, Map.of()));
            for (String w : tw.remarks()) {
                if (words.contains(w)) {
                    evidence.merge(w, 0.5 * index.weight(w), Math::max);
                }
            }
            for (Set<String> columnWords : tw.columns()) {
                for (String w : columnWords) {
                    if (words.contains(w)) {
                        evidence.merge(w, index.weight(w), Math::max);
                    } else {
                        for (String q : words) {
                            if (sameStem(q, w)) {
                                evidence.merge(q, 0.5 * index.weight(w), Math::max);
                            }
                        }
                    }
                }
            }
            for (String w : tw.name()) {
                if (words.contains(w)) {
                    evidence.merge(w, 2 * index.weight(w), Math::max);
                } else if (w.length() >= 3) {
                    // An abbreviated name ("Inst" for institutions) counts half, as does another form of
                    // the same word ("allergic" for Allergy, "certified" for Certificate).
                    for (String q : words) {
                        if (q.length() > w.length() + 1 && q.startsWith(w) || sameStem(q, w)) {
                            evidence.merge(q, index.weight(w), Math::max);
                        }
                    }
                }
            }
            double score = evidence.values().stream().mapToDouble(d -> d).sum();
            if (score > 0) {
                base.put(table, score);
                Map<String, Double> g = groupWords.computeIfAbsent(graph.group(table), k -> new HashMap<>());
                evidence.forEach((w, v) -> g.merge(w, v, Math::max));
            }
        }
        Map<TableInfo, Double> scores = new HashMap<>();
        for (Map.Entry<TableInfo, Double> e : base.entrySet()) {
            double coverage = groupWords.get(graph.group(e.getKey())).values().stream().mapToDouble(d -> d).sum();
            scores.put(e.getKey(), e.getValue() + GROUP_WEIGHT * coverage);
        }
        List<TableInfo> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Comparator.comparingDouble((TableInfo t) -> -scores.get(t)).thenComparing(t -> t.id().key()));
        if (ranked.isEmpty()) {
            return new Selection(all.subList(0, Math.min(MAX_TABLES, all.size())), List.of());
        }
        Set<TableInfo> detailed = new LinkedHashSet<>(ranked.subList(0, Math.min(DETAILED_TOP, ranked.size())));
        for (TableInfo table : List.copyOf(detailed)) {
            for (TableInfo n : graph.neighbours(table)) {
                if (detailed.size() >= MAX_TABLES) {
                    break;
                }
                boolean matches = base.containsKey(n);
                boolean bridge = graph.neighbours(n).stream().anyMatch(m -> m != table && detailed.contains(m));
                if (matches || bridge) {
                    detailed.add(n);
                }
            }
        }
        List<TableInfo> listed = new ArrayList<>();
        for (TableInfo table : ranked) {
            if (listed.size() >= LISTED) {
                break;
            }
            if (!detailed.contains(table)) {
                listed.add(table);
            }
        }
        // The join partners of the tables shown in full are listed too: a question often names a table
        // only through a column that points at it ("students whose advisor…", Faculty) or not at all.
        Set<TableInfo> shown = new LinkedHashSet<>(detailed);
        shown.addAll(listed);
        List<TableInfo> partners = new ArrayList<>();
        for (TableInfo table : detailed) {
            for (TableInfo n : graph.neighbours(table)) {
                if (partners.size() < PARTNERS && !shown.contains(n) && !partners.contains(n)) {
                    partners.add(n);
                }
            }
        }
        listed.addAll(partners);
        shown.addAll(partners);
        // A listed table's join partner that the question's words match is listed too: the question names
        // both ("customers with the most orders"), and the second may rank below tables of other subjects.
        List<TableInfo> matchingPartners = new ArrayList<>();
        for (TableInfo table : listed.subList(0, Math.min(LISTED_PARTNER_SOURCES, listed.size()))) {
            for (TableInfo n : graph.neighbours(table)) {
                if (matchingPartners.size() < LISTED_PARTNERS && base.containsKey(n) && !shown.contains(n)
                        && !matchingPartners.contains(n)) {
                    matchingPartners.add(n);
                }
            }
        }
        listed.addAll(matchingPartners);
        shown.addAll(matchingPartners);
        // Tables that join two shown tables (Has_Allergy between Student and Allergy) are listed too:
        // a question rarely names the table its join passes through.
        List<TableInfo> bridges = new ArrayList<>();
        for (TableInfo table : shown) {
            for (TableInfo n : graph.neighbours(table)) {
                if (bridges.size() >= BRIDGES) {
                    break;
                }
                if (!shown.contains(n) && !bridges.contains(n)
                        && graph.neighbours(n).stream().filter(shown::contains).limit(2).count() == 2) {
                    bridges.add(n);
                }
            }
        }
        listed.addAll(bridges);
        return new Selection(List.copyOf(detailed), listed);
    }

    /** Shorter than this, two words sharing their start say nothing ("stud" in student and studio). */
    private static final int STEM_LENGTH = 5;

    /**
     * Two forms of one word: they share a start of at least {@value #STEM_LENGTH} letters that leaves
     * at most three letters of the shorter one (allergic and allergy, enrolled and enrollment).
     */
    static boolean sameStem(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        if (shorter < STEM_LENGTH || a.equals(b)) {
            return false;
        }
        int common = 0;
        while (common < shorter && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= STEM_LENGTH && common >= shorter - 3;
    }

    /** Lower-case lemmas: CamelCase and snake_case split, stop words and single letters left out. */
    public static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        for (String part : CAMEL.split(PUNCTUATION.matcher(text).replaceAll(" "))) {
            String w = part.toLowerCase(Locale.ROOT);
            if (w.length() < 2 || STOP.contains(w)) {
                continue;
            }
            out.add(Words.lemma(w));
        }
        return out;
    }

    public static Set<TableId> ids(List<TableInfo> tables) {
        Set<TableId> ids = new LinkedHashSet<>();
        tables.forEach(t -> ids.add(t.id()));
        return ids;
    }
}
