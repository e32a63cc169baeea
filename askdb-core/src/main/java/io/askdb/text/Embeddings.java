package io.askdb.text;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The in-process all-MiniLM-L6-v2 sentence model (384 dimensions), one per process, for the semantic
 * cache's questions and schema linking's words alike. The model loads on the first call (a second or
 * two); after that a short text takes a few milliseconds.
 *
 * <p>The model runs in onnxruntime's native code, which frees it in a JVM exit hook of its own: a
 * call made while the JVM exits may crash the process, so callers ask {@link #jvmExiting()} first.
 */
public final class Embeddings {

    /** The model's output size. */
    public static final int DIMENSIONS = 384;

    private Embeddings() {}

    /** Lazy holder: the model loads when the first text is embedded, not when askdb starts. */
    private static final class Model {
        static final AllMiniLmL6V2QuantizedEmbeddingModel INSTANCE = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    /**
     * The unit-length embedding of a text.
     *
     * @throws LinkageError when the model cannot be loaded (no native library, or the JVM exiting)
     */
    public static float[] embed(String text) {
        return unit(Model.INSTANCE.embed(text).content().vector());
    }

    /** Whether the JVM has begun to exit: it then takes no more shutdown hooks. */
    public static boolean jvmExiting() {
        Thread probe = new Thread(() -> {});
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /** Cosine similarity of two unit-length vectors, in [-1, 1]. */
    public static double similarity(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors differ in length: " + a.length + " and " + b.length);
        }
        // Four independent sums: the CPU overlaps them instead of waiting on one chain of additions.
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** The vector scaled to unit length (unchanged when it already is). */
    public static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm == 0 || Math.abs(norm - 1) < 1e-6) {
            return vector;
        }
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / norm);
        }
        return unit;
    }
}
