package io.askdb.schema.linking;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.Optional;

/**
 * Embeddings of short phrases (a question word, a schema name's words) with the in-process
 * all-MiniLM-L6-v2 model, for linking a word the names and WordNet do not place ("vocalist" near
 * singer, "enterprises" near companies). One phrase costs about 2 ms the first time, so every
 * vector is kept: schema names repeat across catalogs and a question's words across questions.
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
        if (jvmExiting()) {
            return NONE; // onnxruntime frees the model in an exit hook of its own: a call now may crash
        }
        try {
            return unit(Model.INSTANCE.embed(phrase).content().vector());
        } catch (RuntimeException | LinkageError e) {
            broken = true;
            return NONE;
        }
    }

    /** Cosine similarity of two unit vectors. */
    static double similarity(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }

    private static boolean jvmExiting() {
        Thread probe = new Thread(() -> {});
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /** Lazy holder: the model loads when the first phrase is embedded. */
    private static final class Model {
        static final AllMiniLmL6V2QuantizedEmbeddingModel INSTANCE = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }
}
