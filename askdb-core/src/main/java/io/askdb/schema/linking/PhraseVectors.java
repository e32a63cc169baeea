package io.askdb.schema.linking;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.askdb.text.Embeddings;
import java.util.Optional;

/**
 * Embeddings of short phrases (a question word, a schema name's words) with the in-process
 * all-MiniLM-L6-v2 model ({@link Embeddings}, the semantic cache's too), for linking a word the
 * names and WordNet do not place ("vocalist" near singer, "enterprises" near companies). One phrase
 * costs about 2 ms the first time, so every vector is kept: schema names repeat across catalogs and
 * a question's words across questions.
 * The model loads on first use (about 2 s). Never throws: when the model cannot run (not on the
 * class path, the JVM exiting) there is no vector and the word stays unlinked.
 * {@code -Daskdb.embeddings=false} turns it off, to measure it. Thread-safe.
 */
final class PhraseVectors {

    private static final boolean ENABLED = !"false".equals(System.getProperty("askdb.embeddings"));
    private static final Cache<String, float[]> VECTORS = Caffeine.newBuilder().maximumSize(200_000).build();
    private static final float[] NONE = new float[0];
    private static volatile boolean broken;

    private PhraseVectors() {}

    static boolean enabled() {
        return ENABLED && !broken;
    }

    /** The unit-length vector of a lowercase phrase, or empty when the model cannot give one. */
    static Optional<float[]> of(String phrase) {
        if (!enabled()) {
            return Optional.empty();
        }
        float[] v = VECTORS.get(phrase, PhraseVectors::compute);
        return v.length == 0 ? Optional.empty() : Optional.of(v);
    }

    private static float[] compute(String phrase) {
        try {
            return Embeddings.embed(phrase);
        } catch (Embeddings.ClosedException e) {
            return NONE; // the process is ending
        } catch (RuntimeException | LinkageError e) {
            broken = true;
            return NONE;
        }
    }
}
