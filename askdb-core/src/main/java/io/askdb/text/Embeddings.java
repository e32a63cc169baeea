package io.askdb.text;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.time.Duration;

/**
 * The in-process all-MiniLM-L6-v2 sentence model (384 dimensions), one per process, for the semantic
 * cache's questions and schema linking's words alike. The model loads on the first call (a second or
 * two); after that a short text takes a few milliseconds.
 *
 * <p>The model runs in onnxruntime's native code, which frees its environment in a JVM exit hook of
 * its own. Hooks run all at once, in no fixed order, so a thread still inside the model when the JVM
 * exits crashes the process (SIGSEGV in libonnxruntime.so). Every call therefore passes a gate:
 * {@link #closeAndAwait} shuts it and waits for the calls in flight, and whoever ends the process on
 * a signal calls it before the exit hooks start (the command line does, for SIGTERM and Ctrl-C).
 */
public final class Embeddings {

    /** The model's output size. */
    public static final int DIMENSIONS = 384;

    private static final NativeCallGate GATE = new NativeCallGate();

    private Embeddings() {}

    /** Lazy holder: the model loads when the first text is embedded, not when askdb starts. */
    private static final class Model {
        static final AllMiniLmL6V2QuantizedEmbeddingModel INSTANCE = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    /**
     * The unit-length embedding of a text.
     *
     * @throws ClosedException when the gate is shut or the JVM is exiting
     * @throws LinkageError when the model cannot be loaded (no native library)
     */
    public static float[] embed(String text) {
        if (jvmExiting() || !GATE.enter()) {
            throw new ClosedException();
        }
        try {
            return unit(Model.INSTANCE.embed(text).content().vector());
        } catch (LinkageError e) {
            // onnxruntime registers its exit hook while the model loads, which fails once the JVM
            // is exiting: the model then never loads, and nobody needs it any more.
            if (jvmExiting()) {
                throw new ClosedException();
            }
            throw e;
        } finally {
            GATE.leave();
        }
    }

    /**
     * Shuts the gate (every later call throws {@link ClosedException}) and waits up to {@code max}
     * for the calls in flight, a model still loading among them.
     *
     * @return whether no call is left in the native code
     */
    public static boolean closeAndAwait(Duration max) throws InterruptedException {
        return GATE.shutAndAwait(max);
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

    /** The process is ending: no embedding is computed any more. */
    public static final class ClosedException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        ClosedException() {
            super("the process is ending: no more embeddings");
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
