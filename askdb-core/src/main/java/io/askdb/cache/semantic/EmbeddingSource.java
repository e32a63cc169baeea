package io.askdb.cache.semantic;

import java.util.Optional;
import java.util.function.Function;

/** A question's embedding: computed on the first {@link #get}, shared after that. */
public interface EmbeddingSource {

    float[] get();

    /** The embedding if it was already computed; never computes it. */
    Optional<float[]> ifComputed();

    /** A source that computes once with {@code embedder} and remembers the result. */
    public static EmbeddingSource memo(String question, Function<String, float[]> embedder) {
        return new EmbeddingSource() {
            private float[] vector;

            @Override
            public synchronized float[] get() {
                if (vector == null) {
                    vector = embedder.apply(question);
                }
                return vector;
            }

            @Override
            public synchronized Optional<float[]> ifComputed() {
                return Optional.ofNullable(vector);
            }
        };
    }
}
