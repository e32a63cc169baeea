package io.askdb.pipeline;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.askdb.llm.ComplexityAnalyzer;
import io.askdb.llm.ComplexityAnalyzer.Complexity;
import java.util.function.UnaryOperator;

/**
 * What every request first does to its question, done once per distinct text: the screen (white
 * space, control characters, write intent), the normalization that makes the exact cache key, and
 * the complexity reading. Each is a pure function of the text and a dozen regular expressions
 * long, which costs more than the cache lookup it leads to; a repeated question, the cache hit's
 * case, gets them from here. A refused question is not remembered: it is screened again and refused
 * again.
 *
 * <p>Thread-safe: the results are immutable and held in a bounded Caffeine cache.
 */
final class PreparedQuestions {

    /** The hot questions that come again; small, as a server taking new questions all day fills it with ones that never do. */
    static final int MAX_REMEMBERED = 1_000;
    private static final ComplexityAnalyzer COMPLEXITY = new ComplexityAnalyzer();

    /**
     * @param question the question as screened (white space tidied)
     * @param normalized the exact cache key's question part
     */
    record Prepared(String question, String normalized, Complexity complexity) {}

    private final QuestionScreen screen;
    private final UnaryOperator<String> normalizer;
    private final Cache<String, Prepared> known = Caffeine.newBuilder().maximumSize(MAX_REMEMBERED).build();

    PreparedQuestions(QuestionScreen screen, UnaryOperator<String> normalizer) {
        this.screen = screen;
        this.normalizer = normalizer;
    }

    /** @throws io.askdb.api.AskDbException an INVALID_QUESTION refusal, as {@link QuestionScreen} gives it */
    /** Questions remembered now (for tests of the bound). */
    long remembered() {
        known.cleanUp();
        return known.estimatedSize();
    }

    Prepared prepare(String asked) {
        if (asked == null) {
            screen.screen(null); // throws: the question is empty
        }
        Prepared prepared = known.getIfPresent(asked);
        if (prepared == null) {
            String question = screen.screen(asked);
            prepared = new Prepared(question, normalizer.apply(question), COMPLEXITY.analyze(question));
            known.put(asked, prepared);
        }
        return prepared;
    }
}
