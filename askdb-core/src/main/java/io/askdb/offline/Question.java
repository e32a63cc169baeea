package io.askdb.offline;

import io.askdb.text.CueKind;
import io.askdb.text.Token;
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

    List<Token> numbers() {
        return tokens.stream().filter(Token::isNumber).toList();
    }

    List<Token> quoted() {
        return tokens.stream().filter(t -> t.kind() == Token.Kind.QUOTED).toList();
    }
}
