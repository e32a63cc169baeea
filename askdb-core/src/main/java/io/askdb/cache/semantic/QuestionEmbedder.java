package io.askdb.cache.semantic;

import io.askdb.text.Embeddings;

/**
 * Sentence embeddings of questions with the in-process all-MiniLM-L6-v2 model (384 dimensions,
 * {@link Embeddings}, whose one instance schema linking uses too). The model loads on the first
 * call, once per process (about a second); after that one short question takes a few
 * milliseconds. Vectors come back with unit length, so {@link #similarity} is their dot product.
 *
 * <p>The model runs in onnxruntime's native code: once the process ends ({@link Embeddings#closeAndAwait})
 * no call is taken, and whoever embeds in the background waits for its call in flight when it closes
 * ({@code CacheSystem.close()}).
 *
 * <p>Thread-safe. Pass {@code QuestionEmbedder::embed} to {@code AnswerCache.Request.embedding(...)} so a
 * request embeds its question at most once.
 */
public final class QuestionEmbedder {

    /** The model's output size. */
    public static final int DIMENSIONS = Embeddings.DIMENSIONS;

    private QuestionEmbedder() {}

    /**
     * The unit-length embedding of a text.
     *
     * @throws ShuttingDownException when the process is ending
     * @throws IllegalStateException when the model cannot be loaded
     */
    public static float[] embed(String text) {
        try {
            return Embeddings.embed(text);
        } catch (Embeddings.ClosedException e) {
            throw new ShuttingDownException();
        } catch (LinkageError e) {
            throw new IllegalStateException("the embedding model could not be loaded: " + e, e);
        }
    }

    /** The process is ending: no embedding is computed any more. */
    public static final class ShuttingDownException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        ShuttingDownException() {
            super("the process is ending: no more question embeddings");
        }
    }

    /** Cosine similarity of two unit-length vectors, in [-1, 1]. */
    public static double similarity(float[] a, float[] b) {
        return Embeddings.similarity(a, b);
    }

    /** The vector scaled to unit length (unchanged when it already is). */
    public static float[] unit(float[] vector) {
        return Embeddings.unit(vector);
    }
}
