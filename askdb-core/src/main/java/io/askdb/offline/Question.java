package io.askdb.offline;

import io.askdb.text.CueKind;
import io.askdb.text.StopWords;
import io.askdb.text.Token;
import io.askdb.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A question read for its shape: tokens with lemmas, and the cues (aggregates, comparisons,
 * ordering, superlatives, grouping, distinctness, negation) found among them.
 */
record Question(String text, List<Token> tokens, List<Cue> cues) {

    Question {
        tokens = List.copyOf(tokens);
        cues = List.copyOf(cues);
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String lemma(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lemma() : "";
    }

    boolean has(CueKind kind) {
        return cues.stream().anyMatch(c -> c.kind() == kind);
    }

    Optional<Cue> first(CueKind kind) {
        return cues.stream().filter(c -> c.kind() == kind).findFirst();
    }

    List<Cue> all(CueKind kind) {
        return cues.stream().filter(c -> c.kind() == kind).toList();
    }

    /** The cue covering a token, if any. */
    Optional<Cue> cueAt(int index) {
        return cues.stream().filter(c -> c.covers(index)).findFirst();
    }

    /** Whether a cue covers the token: what schema linking asks of a question. */
    boolean inCue(int index) {
        return cueAt(index).isPresent();
    }

    /** Stems of the question's content words (four letters or more), to find in glued schema names. */
    List<String> contentStems() {
        List<String> stems = new ArrayList<>();
        for (Token t : tokens) {
            String stem = Words.stem(t.lemma());
            if (t.isWord() && stem.length() >= 4 && !StopWords.isStop(t.lemma())) {
                int n = stem.length();
                // "shipped" stems to "shipp": the doubled consonant belongs to the inflection
                stems.add(stem.charAt(n - 1) == stem.charAt(n - 2) && n >= 5 ? stem.substring(0, n - 1) : stem);
            }
        }
        return stems;
    }

    List<Token> numbers() {
        return tokens.stream().filter(Token::isNumber).toList();
    }

    List<Token> quoted() {
        return tokens.stream().filter(t -> t.kind() == Token.Kind.QUOTED).toList();
    }
}
