package io.askdb.text;

import io.askdb.text.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a question into its cache-key form: lower case, single spaces, no trailing punctuation,
 * the seed's phrase rewrites ("show me" → "show", "list all" → "list", "get all" → "get"), number
 * words as digits ("top five" → "top 5"), and no politeness or articles ("please", "can you",
 * "the", "a"). It never drops a value: quoted text keeps its spelling and case, numbers and dates
 * stay as written, and a capitalized "A" (as in "category A") is kept.
 *
 * <p>Thread-safe and stateless.
 */
public final class QuestionNormalizer {

    /** Leading phrases dropped entirely, longest first. */
    private static final List<List<String>> POLITE_OPENINGS = List.of(
            List.of("can", "you", "please"), List.of("could", "you", "please"), List.of("would", "you", "please"),
            List.of("can", "you"), List.of("could", "you"), List.of("would", "you"), List.of("will", "you"),
            List.of("please"), List.of("kindly"), List.of("tell", "me"));

    /** Leading phrases rewritten: the seed's three and two more of the same kind. */
    private static final List<List<String>> REWRITES_FROM = List.of(
            List.of("show", "me"), List.of("list", "all"), List.of("get", "all"), List.of("show", "all"),
            List.of("give", "me"));
    private static final List<String> REWRITES_TO = List.of("show", "list", "get", "show", "show");

    private static final Set<String> TRAILING = Set.of("?", ".", "!", ";", ",", ":");

    public String normalize(String question) {
        List<Token> tokens = NumberWords.fold(QuestionTokens.of(question.strip()));
        tokens = dropOpenings(tokens);
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (isDroppable(token, i + 1 < tokens.size() ? tokens.get(i + 1) : null)) {
                continue;
            }
            out.add(token.kind() == Kind.QUOTED ? "'" + token.text() + "'" : token.lower());
        }
        while (!out.isEmpty() && TRAILING.contains(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        return String.join(" ", out);
    }

    private static List<Token> dropOpenings(List<Token> tokens) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<String> opening : POLITE_OPENINGS) {
                if (startsWith(tokens, opening) && tokens.size() > opening.size()) {
                    tokens = tokens.subList(opening.size(), tokens.size());
                    changed = true;
                }
            }
            for (int r = 0; r < REWRITES_FROM.size(); r++) {
                List<String> from = REWRITES_FROM.get(r);
                if (startsWith(tokens, from) && tokens.size() > from.size()) {
                    List<Token> rewritten = new ArrayList<>();
                    String to = REWRITES_TO.get(r);
                    rewritten.add(Token.word(to, true));
                    rewritten.addAll(tokens.subList(from.size(), tokens.size()));
                    tokens = rewritten;
                    changed = true;
                }
            }
        }
        return tokens;
    }

    private static boolean startsWith(List<Token> tokens, List<String> words) {
        if (tokens.size() < words.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!tokens.get(i).is(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * An article goes when it is written in lower case (or opens the question) and a word follows
     * it: "category a" at the end, or "category A", may be a value and stays.
     */
    private static boolean isDroppable(Token token, Token next) {
        if (!token.isWord() || !StopWords.ARTICLES.contains(token.lower()) || next == null || !next.isWord()) {
            return false;
        }
        return token.first() || token.text().equals(token.lower());
    }
}
