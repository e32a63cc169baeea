package io.askdb.offline;

import io.askdb.text.CueKind;
import io.askdb.text.Operators;
import io.askdb.text.QuestionTokens;
import io.askdb.text.StopWords;
import io.askdb.text.Token;
import io.askdb.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a question's tokens ({@link QuestionTokens#read}) and finds its cues. Stateless and
 * thread-safe. Phrases ({@link Operators#cue}) are matched on lemmas, longest first, so "total
 * number of" is a count and "total" alone a sum; comparatives and superlatives are read here.
 */
final class QuestionAnalyzer {

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

    Question analyze(String text) {
        List<Token> tokens = tokenize(text);
        return new Question(text, tokens, cues(tokens));
    }

    static List<Token> tokenize(String text) {
        return QuestionTokens.read(text);
    }

    private static List<Cue> cues(List<Token> tokens) {
        List<Cue> cues = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Cue found = phraseAt(tokens, i);
            if (found == null || found.kind() != CueKind.DIRECTION) {
                found = rangeAt(tokens, i).orElse(found);
            }
            if (found == null) {
                found = adjectiveAt(tokens, i);
            }
            if (found != null && found.kind() == CueKind.COUNT && tokens.get(i).lemma().equals("number") && i > 0
                    && tokens.get(i - 1).isWord() && !StopWords.isStop(tokens.get(i - 1).lemma())
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
        for (int len = Math.min(Operators.longestCue(), tokens.size() - start); len >= 1; len--) {
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
            Operators.CuePhrase cue = words ? Operators.cue(key.toString()) : null;
            if (cue != null && cue.kind() == CueKind.TOP
                    && !(start + len < tokens.size() && tokens.get(start + len).isNumber())) {
                cue = null;
            }
            if (cue != null && cue.kind() == CueKind.ORDER && len == 1 && start > 0
                    && !(start + 1 < tokens.size() && SORT_FOLLOWERS.contains(tokens.get(start + 1).lower()))) {
                cue = null; // "customers who ordered": a purchase, not a sort
            }
            if (cue != null) {
                String first = tokens.get(start).lower();
                String hint = cue.kind() == CueKind.COMPARE && len == 2 && first.endsWith("er")
                        && !Set.of("higher", "larger", "bigger", "greater", "lower", "smaller", "fewer").contains(first)
                        ? Words.adjectiveBase(first) : "";
                return new Cue(cue.kind(), start, start + len, cue.detail(), hint);
            }
        }
        return null;
    }

    /**
     * "from the most recent to the oldest", "from oldest to most recently": two superlatives after
     * "from" and "to" give the order of the rows, the first one's direction first; no top row.
     */
    private static Optional<Cue> rangeAt(List<Token> tokens, int i) {
        if (!tokens.get(i).lower().equals("from")) {
            return Optional.empty();
        }
        int j = skipThe(tokens, i + 1);
        Cue first = j < tokens.size() ? adjectiveAt(tokens, j) : null;
        if (first == null || first.kind() != CueKind.SUPERLATIVE || first.end() >= tokens.size()
                || !tokens.get(first.end()).lower().equals("to")) {
            return Optional.empty();
        }
        int k = skipThe(tokens, first.end() + 1);
        Cue second = k < tokens.size() ? adjectiveAt(tokens, k) : null;
        if (second == null || second.kind() != CueKind.SUPERLATIVE) {
            return Optional.empty();
        }
        return Optional.of(new Cue(CueKind.DIRECTION, i, second.end(), first.detail(), ""));
    }

    private static int skipThe(List<Token> tokens, int i) {
        return i < tokens.size() && tokens.get(i).lower().equals("the") ? i + 1 : i;
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
            return new Cue(CueKind.COMPARE, i, i + 3, down ? "<" : ">", adjective);
        }
        if (w.endsWith("er") && nextThan && !NOT_COMPARATIVE.contains(w)) {
            String base = Words.adjectiveBase(w);
            return new Cue(CueKind.COMPARE, i, i + 2, DOWNWARD.contains(base) ? "<" : ">", base);
        }
        if ((w.equals("most") || w.equals("least")) && i + 1 < tokens.size()) {
            Token next = tokens.get(i + 1);
            String dir = w.equals("most") ? "DESC" : "ASC";
            if (next.isWord() && isAdjectiveLike(next.lower())) {
                return new Cue(CueKind.SUPERLATIVE, i, i + 2, dir, next.lower());
            }
            if (next.isWord() && next.lower().endsWith("ly") && next.lower().length() > 5
                    && isAdjectiveLike(next.lower().substring(0, next.lower().length() - 2))) {
                return new Cue(CueKind.SUPERLATIVE, i, i + 2, dir, next.lower().substring(0, next.lower().length() - 2));
            }
            return new Cue(CueKind.SUPERLATIVE, i, i + 1, dir, "");
        }
        if (w.equals("fewest") || w.equals("best") || w.equals("worst")) {
            return new Cue(CueKind.SUPERLATIVE, i, i + 1, w.equals("best") ? "DESC" : "ASC", "");
        }
        if (w.endsWith("est") && w.length() > 5 && !NOT_SUPERLATIVE.contains(w)) {
            String base = Words.adjectiveBase(w);
            return new Cue(CueKind.SUPERLATIVE, i, i + 1, DOWNWARD.contains(base) ? "ASC" : "DESC", base);
        }
        return null;
    }

    private static boolean isAdjectiveLike(String w) {
        return w.endsWith("ive") || w.endsWith("ful") || w.endsWith("ous") || w.endsWith("able")
                || w.endsWith("ent") || w.endsWith("ant") || w.endsWith("ular") || w.endsWith("ic")
                || w.equals("recent") || w.equals("common") || w.equals("frequent") || w.equals("senior");
    }
}
