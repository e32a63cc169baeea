package io.askdb.cache;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/**
 * Sentence embeddings of questions with the in-process all-MiniLM-L6-v2 model (384 dimensions),
 * shared by the semantic cache and schema linking. The model loads on the first call, once per
 * process (about a second); after that one short question takes a few milliseconds. Vectors come
 * back with unit length, so {@link #similarity} is their dot product.
 *
 * <p>Thread-safe. Pass {@code QuestionEmbedder::embed} to {@code QueryContext.embedding(...)} so a
 * request embeds its question at most once.
 */
public final class QuestionEmbedder {

    /** The model's output size. */
    public static final int DIMENSIONS = 384;

    private QuestionEmbedder() {}

    /** Lazy holder: the model loads when the first question is embedded, not when askdb starts. */
    private static final class Model {
        static final AllMiniLmL6V2EmbeddingModel INSTANCE = new AllMiniLmL6V2EmbeddingModel();
    }

    /** The unit-length embedding of a text. */
    public static float[] embed(String text) {
        return unit(Model.INSTANCE.embed(text).content().vector());
    }

    /** Cosine similarity of two unit-length vectors, in [-1, 1]. */
    public static double similarity(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors differ in length: " + a.length + " and " + b.length);
        }
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    static float[] unit(float[] vector) {
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
