package io.askdb.cache.semantic;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * Sentence embeddings of questions with the in-process all-MiniLM-L6-v2 model (384 dimensions),
 * shared by the semantic cache and schema linking. The model loads on the first call, once per
 * process (about a second); after that one short question takes a few milliseconds. Vectors come
 * back with unit length, so {@link #similarity} is their dot product.
 *
 * <p>The model runs in onnxruntime's native code, and onnxruntime frees it in a JVM exit hook of its
 * own: a thread still inside the model then crashes the process (SIGSEGV in libonnxruntime.so, seen
 * at the end of test runs). Hooks run in no fixed order, so this class cannot hold that one back; it
 * refuses new calls once the JVM exits, and whoever embeds in the background waits for its call in
 * flight when it closes ({@code CacheSystem.close()}).
 *
 * <p>Thread-safe. Pass {@code QuestionEmbedder::embed} to {@code AnswerCache.Request.embedding(...)} so a
 * request embeds its question at most once.
 */
public final class QuestionEmbedder {

    /** The model's output size. */
    public static final int DIMENSIONS = 384;

    private QuestionEmbedder() {}

    /** Lazy holder: the model loads when the first question is embedded, not when askdb starts. */
    private static final class Model {
        static final AllMiniLmL6V2QuantizedEmbeddingModel INSTANCE = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    /**
     * The unit-length embedding of a text.
     *
     * @throws ShuttingDownException when the JVM is shutting down
     * @throws IllegalStateException when the model cannot be loaded
     */
    public static float[] embed(String text) {
        if (jvmExiting()) {
            throw new ShuttingDownException();
        }
        try {
            return unit(Model.INSTANCE.embed(text).content().vector());
        } catch (LinkageError e) {
            // onnxruntime registers a shutdown hook of its own while the model loads, which fails once
            // the JVM is exiting: the model then never loads, and nobody needs it any more.
            if (jvmExiting()) {
                throw new ShuttingDownException();
            }
            throw new IllegalStateException("the embedding model could not be loaded: " + e, e);
        }
    }

    /** Whether the JVM has begun to exit: it then takes no more shutdown hooks. */
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

    /** The JVM is exiting: no embedding is computed any more. */
    public static final class ShuttingDownException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        ShuttingDownException() {
            super("the JVM is shutting down: no more question embeddings");
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
