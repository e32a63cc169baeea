package io.askdb.offline;

import io.askdb.text.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a question into tokens and finds its cues. Stateless and thread-safe. Phrases are
 * matched on lemmas, longest first, so "total number of" is a count and "total" alone a sum.
 */
final class QuestionAnalyzer {

    private static final Pattern TOKEN = Pattern.compile(
            "\"([^\"]*)\"|“([^”]*)”|(?<![\\p{L}\\p{N}])'([^']+)'(?![\\p{L}\\p{N}])|‘([^’]*)’"
                    + "|((?<![\\p{L}\\p{N}])-?\\d+(?:,\\d{3})*(?:\\.\\d+)?|\\.\\d+)"
                    + "|(>=|<=|!=|<>|[<>=%])"
                    + "|([\\p{L}\\p{N}][\\p{L}\\p{N}\\-/&'.]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}])");

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("fifty", 50), Map.entry("hundred", 100), Map.entry("once", 1), Map.entry("twice", 2));

    private static final Set<String> SORT_FOLLOWERS = Set.of("by", "in", "alphabetically", "according", "based",
            "descending", "ascending", "using", "on", "from", "with", "them", "it", "the", "all", "first", "decreasingly",
            "increasingly", "lexicographically", "descendingly", "ascendingly");

    /** Adjectives whose comparative or superlative points downwards. */
    private static final Set<String> DOWNWARD = Set.of(
            "young", "short", "small", "low", "few", "cheap", "light", "early", "little", "less", "least",
            "bad", "worst", "worse", "slow", "poor", "thin", "narrow", "min", "minimum", "fewest", "lowest");

    private static final Set<String> NOT_SUPERLATIVE = Set.of(
            "interest", "forest", "test", "request", "guest", "contest", "west", "honest", "suggest", "nest",
            "rest", "digest", "protest", "arrest", "harvest", "invest", "manifest", "quest", "chest", "priest",
            "pest", "vest", "latest_", "conquest", "southwest", "northwest", "midwest", "modest", "everest");

    private static final Set<String> NOT_COMPARATIVE = Set.of(
            "number", "order", "other", "either", "neither", "whether", "after", "under", "over", "never",
            "ever", "member", "owner", "player", "manager", "customer", "user", "worker", "driver", "winner",
            "leader", "partner", "teacher", "officer", "writer", "singer", "rather", "together", "year",
            "later", "per", "her", "water", "paper", "letter", "character", "center", "centre", "computer",
            "quarter", "super", "soccer", "power", "tower", "matter", "river", "career", "chapter", "theater",
            "theatre", "border", "gender", "printer", "speaker", "server", "ranker");

    /** Phrases on lemmas, with the cue they make; longer phrases are tried first. */
    private static final Map<String, String[]> PHRASES = new HashMap<>();
    private static int longestPhrase = 1;

    static {
        for (String p : List.of("how many", "number of", "the number of", "count of", "count", "total number of",
                "how many number of", "total count of", "amount of different", "quantity of")) {
            phrase(p, Cue.Kind.COUNT, "COUNT");
        }
        for (String p : List.of("average", "mean", "avg", "on average", "average of")) {
            phrase(p, Cue.Kind.AGGREGATE, "AVG");
        }
        for (String p : List.of("total", "sum", "sum of", "combined", "in total", "total of", "overall")) {
            phrase(p, Cue.Kind.AGGREGATE, "SUM");
        }
        for (String p : List.of("maximum", "max", "maximal", "maximum of")) {
            phrase(p, Cue.Kind.AGGREGATE, "MAX");
        }
        for (String p : List.of("minimum", "min", "minimal", "minimum of")) {
            phrase(p, Cue.Kind.AGGREGATE, "MIN");
        }
        for (String p : List.of("more than", "greater than", "larger than", "bigger than", "higher than", "above",
                "over", "exceed", "exceeds", "exceeding", "after", "later than", "longer than", "big than",
                "newer than", "greater", ">", "higher", "beyond")) {
            phrase(p, Cue.Kind.COMPARE, ">");
        }
        for (String p : List.of("at least", "no less than", "not less than", "or more", "no fewer than",
                "not fewer than", "minimum of", ">=", "greater than or equal to", "more than or equal to",
                "equal or greater than", "larger than or equal to", "since", "or later", "or above", "or higher",
                "or newer", "or older", "or greater", "or larger", "or after")) {
            phrase(p, Cue.Kind.COMPARE, ">=");
        }
        for (String p : List.of("less than", "fewer than", "smaller than", "lower than", "below", "under",
                "before", "earlier than", "shorter than", "cheaper than", "<", "lower", "prior to", "beneath")) {
            phrase(p, Cue.Kind.COMPARE, "<");
        }
        for (String p : List.of("at most", "no more than", "not more than", "or less", "or fewer", "up to",
                "less than or equal to", "<=", "maximum of", "no greater than", "not exceeding", "not exceed",
                "no larger than", "no higher than", "or earlier", "or below", "or lower", "or before", "or younger",
                "or smaller", "or under")) {
            phrase(p, Cue.Kind.COMPARE, "<=");
        }
        for (String p : List.of("between", "in the range of", "range from", "ranging from", "in between")) {
            phrase(p, Cue.Kind.COMPARE, "BETWEEN");
        }
        for (String p : List.of("equal to", "equals", "=", "exactly")) {
            phrase(p, Cue.Kind.COMPARE, "=");
        }
        for (String p : List.of("other than", "not equal to", "!=", "<>", "except", "excluding", "apart from",
                "outside", "is not", "are not", "not")) {
            phrase(p, Cue.Kind.COMPARE, "!=");
        }
        for (String p : List.of("contain", "contains", "containing", "include", "includes", "including",
                "like", "with the word", "that contain", "substring", "start with", "begin with",
                "starting with", "beginning with", "end with", "ending with", "%")) {
            phrase(p, Cue.Kind.COMPARE, "LIKE");
        }
        for (String p : List.of("order by", "ordered by", "sort by", "sorted by", "in order of", "in the order of",
                "ranked by", "arranged by", "order them by", "sort them by",
                "sort", "sorted", "ordered", "rank by", "ranked", "arrange", "arranged",
                "in ascending order of", "in descending order of", "in decreasing order of", "in increasing order of",
                "ascending order of", "descending order of", "ordered by their", "sorted by their",
                "in the ascending order of", "in the descending order of", "by descending", "by ascending")) {
            phrase(p, Cue.Kind.ORDER, p.contains("desc") || p.contains("decreas") ? "DESC" : "ASC");
        }
        for (String p : List.of("descending", "decreasing", "desc", "descending order", "in descending order",
                "from high to low", "from highest to lowest", "from largest to smallest", "from most to least",
                "reverse alphabetical order", "reverse alphabetical", "in reverse order", "high to low",
                "largest to smallest", "from the highest to the lowest", "in decreasing order", "reverse order",
                "from the largest to the smallest", "descendingly", "from large to small", "biggest first",
                "from old to young", "from oldest to youngest", "from the oldest to the youngest", "from new to old",
                "from newest to oldest", "from most recent to least recent", "from z to a")) {
            phrase(p, Cue.Kind.DIRECTION, "DESC");
        }
        for (String p : List.of("ascending", "increasing", "asc", "ascending order", "in ascending order",
                "alphabetical", "alphabetically", "alphabetical order", "in alphabetical order", "lexicographic",
                "lexicographically", "from low to high", "from lowest to highest", "from smallest to largest",
                "low to high", "smallest to largest", "in increasing order", "from a to z", "in the alphabetical order",
                "by alphabetical order", "in lexicographic order", "by alphabet", "from the lowest to the highest",
                "from young to old", "from youngest to oldest", "from old to new", "from oldest to newest")) {
            phrase(p, Cue.Kind.DIRECTION, "ASC");
        }
        for (String p : List.of("for each", "for every", "of each", "in each", "per", "each", "by each",
                "grouped by", "group by", "for all different", "for different", "for each different",
                "of each different", "in each different", "every", "by each of", "each different",
                "for each of the", "for each of")) {
            phrase(p, Cue.Kind.GROUP, "");
        }
        for (String p : List.of("different", "distinct", "unique", "differ", "various", "distinctive")) {
            phrase(p, Cue.Kind.DISTINCT, "");
        }
        for (String p : List.of("no", "never", "without", "none", "nobody", "n't", "do not", "does not",
                "did not", "have not", "has not", "not any", "neither")) {
            phrase(p, Cue.Kind.NEGATION, "");
        }
        for (String p : List.of("all information", "all the information", "all info", "all the info",
                "all detail", "all the detail", "all attribute", "all the attribute", "all column",
                "all the column", "everything", "all data", "all the data", "full information", "all record")) {
            phrase(p, Cue.Kind.ALL_COLUMNS, "*");
        }
        for (String p : List.of("top", "first")) {
            phrase(p, Cue.Kind.TOP, "DESC");
        }
    }

    private static void phrase(String p, Cue.Kind kind, String detail) {
        String key = lemmas(p);
        PHRASES.putIfAbsent(key, new String[] {kind.name(), detail});
        longestPhrase = Math.max(longestPhrase, key.split(" ").length);
    }

    private static String lemmas(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String w : phrase.split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(Words.lemma(w));
        }
        return b.toString();
    }

    Question analyze(String text) {
        List<Token> tokens = tokenize(text);
        return new Question(text, tokens, cues(tokens));
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String quoted = firstNonNull(m.group(1), m.group(2), m.group(3), m.group(4));
            if (quoted != null) {
                String lower = quoted.toLowerCase(Locale.ROOT);
                tokens.add(new Token(quoted, lower, lower, Token.Kind.QUOTED, Double.NaN));
            } else if (m.group(5) != null) {
                String digits = m.group(5).replace(",", "");
                tokens.add(new Token(m.group(5), digits, digits, Token.Kind.NUMBER, Double.parseDouble(digits)));
            } else if (m.group(6) != null) {
                tokens.add(new Token(m.group(6), m.group(6), m.group(6), Token.Kind.SYMBOL, Double.NaN));
            } else {
                addWord(tokens, m.group(7));
            }
        }
        return tokens;
    }

    private static void addWord(List<Token> tokens, String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.endsWith("n't") && lower.length() > 3) {
            addWord(tokens, w.substring(0, w.length() - 3));
            tokens.add(new Token("n't", "n't", "n't", Token.Kind.WORD, Double.NaN));
            return;
        }
        if (lower.endsWith("'s") || lower.endsWith("s'")) {
            w = w.substring(0, w.length() - 2);
            lower = lower.substring(0, lower.length() - 2);
        }
        if (lower.isEmpty()) {
            return;
        }
        Integer number = NUMBER_WORDS.get(lower);
        if (number != null) {
            tokens.add(new Token(w, lower, lower, Token.Kind.NUMBER, number));
            return;
        }
        tokens.add(new Token(w, lower, Words.lemma(lower), Token.Kind.WORD, Double.NaN));
    }

    private static List<Cue> cues(List<Token> tokens) {
        List<Cue> cues = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Cue found = phraseAt(tokens, i);
            if (found == null) {
                found = adjectiveAt(tokens, i);
            }
            if (found != null && found.kind() == Cue.Kind.COUNT && tokens.get(i).lemma().equals("number") && i > 0
                    && tokens.get(i - 1).isWord() && !Words.isStop(tokens.get(i - 1).lemma())
                    && !tokens.get(i - 1).lower().equals("total")) {
                found = null;
            }
            if (found != null) {
                cues.add(found);
                i = found.end();
            } else {
                i++;
            }
        }
        return cues;
    }

    private static Cue phraseAt(List<Token> tokens, int start) {
        for (int len = Math.min(longestPhrase, tokens.size() - start); len >= 1; len--) {
            StringBuilder key = new StringBuilder();
            boolean words = true;
            for (int k = start; k < start + len; k++) {
                Token t = tokens.get(k);
                if (t.kind() == Token.Kind.QUOTED || (t.kind() == Token.Kind.NUMBER && !t.text().equals(t.lower()))) {
                    words = false;
                }
                if (key.length() > 0) {
                    key.append(' ');
                }
                key.append(t.kind() == Token.Kind.NUMBER ? t.lower() : t.lemma());
            }
            String[] cue = words ? PHRASES.get(key.toString()) : null;
            if (cue != null && cue[0].equals("TOP")
                    && !(start + len < tokens.size() && tokens.get(start + len).isNumber())) {
                cue = null;
            }
            if (cue != null && cue[0].equals("ORDER") && len == 1 && start > 0
                    && !(start + 1 < tokens.size() && SORT_FOLLOWERS.contains(tokens.get(start + 1).lower()))) {
                cue = null; // "customers who ordered": a purchase, not a sort
            }
            if (cue != null) {
                String first = tokens.get(start).lower();
                String hint = cue[0].equals("COMPARE") && len == 2 && first.endsWith("er")
                        && !Set.of("higher", "larger", "bigger", "greater", "lower", "smaller", "fewer").contains(first)
                        ? Words.adjectiveBase(first) : "";
                return new Cue(Cue.Kind.valueOf(cue[0]), start, start + len, cue[1], hint);
            }
        }
        return null;
    }

    /** Comparatives before "than" and superlatives: "older than", "most expensive", "youngest". */
    private static Cue adjectiveAt(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isWord()) {
            return null;
        }
        String w = t.lower();
        boolean nextThan = i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("than");
        if ((w.equals("more") || w.equals("less")) && i + 2 < tokens.size()
                && tokens.get(i + 2).lower().equals("than") && tokens.get(i + 1).isWord()) {
            String adjective = tokens.get(i + 1).lower();
            boolean down = w.equals("less") ^ DOWNWARD.contains(adjective);
            return new Cue(Cue.Kind.COMPARE, i, i + 3, down ? "<" : ">", adjective);
        }
        if (w.endsWith("er") && nextThan && !NOT_COMPARATIVE.contains(w)) {
            String base = Words.adjectiveBase(w);
            return new Cue(Cue.Kind.COMPARE, i, i + 2, DOWNWARD.contains(base) ? "<" : ">", base);
        }
        if ((w.equals("most") || w.equals("least")) && i + 1 < tokens.size()) {
            Token next = tokens.get(i + 1);
            String dir = w.equals("most") ? "DESC" : "ASC";
            if (next.isWord() && isAdjectiveLike(next.lower())) {
                return new Cue(Cue.Kind.SUPERLATIVE, i, i + 2, dir, next.lower());
            }
            if (next.isWord() && next.lower().endsWith("ly") && next.lower().length() > 5
                    && isAdjectiveLike(next.lower().substring(0, next.lower().length() - 2))) {
                return new Cue(Cue.Kind.SUPERLATIVE, i, i + 2, dir, next.lower().substring(0, next.lower().length() - 2));
            }
            return new Cue(Cue.Kind.SUPERLATIVE, i, i + 1, dir, "");
        }
        if (w.equals("fewest") || w.equals("best") || w.equals("worst")) {
            return new Cue(Cue.Kind.SUPERLATIVE, i, i + 1, w.equals("best") ? "DESC" : "ASC", "");
        }
        if (w.endsWith("est") && w.length() > 5 && !NOT_SUPERLATIVE.contains(w)) {
            String base = Words.adjectiveBase(w);
            return new Cue(Cue.Kind.SUPERLATIVE, i, i + 1, DOWNWARD.contains(base) ? "ASC" : "DESC", base);
        }
        return null;
    }

    private static boolean isAdjectiveLike(String w) {
        return w.endsWith("ive") || w.endsWith("ful") || w.endsWith("ous") || w.endsWith("able")
                || w.endsWith("ent") || w.endsWith("ant") || w.endsWith("ular") || w.endsWith("ic")
                || w.equals("recent") || w.equals("common") || w.equals("frequent") || w.equals("senior");
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
