package io.askdb.app;

import io.askdb.text.Embeddings;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Ends the process on SIGTERM, Ctrl-C (SIGINT) or SIGHUP as the JVM would (exit status 128 + the
 * signal's number, exit hooks run), but only once no thread is inside the sentence model:
 * onnxruntime frees the model in an exit hook of its own, and a thread still loading or running it
 * then crashes the process. A desktop agent ends {@code askdb mcp} this way, often while the
 * semantic cache is still loading the model in the background.
 */
final class ExitSignals {

    private static final Logger LOG = LoggerFactory.getLogger(ExitSignals.class);

    /** Long enough for a cold model load on a busy machine; the process ends regardless after it. */
    private static final Duration MODEL_WAIT = Duration.ofSeconds(10);

    private ExitSignals() {}

    static void install() {
        for (String name : List.of("TERM", "INT", "HUP")) {
            try {
                Signal.handle(new Signal(name), signal -> end("SIG" + signal.getName(), 128 + signal.getNumber()));
            } catch (IllegalArgumentException e) {
                // no such signal here, or the JVM reserves it (-Xrs): its default handling stays
            }
        }
    }

    private static void end(String signal, int status) {
        long start = System.nanoTime();
        try {
            boolean idle = Embeddings.closeAndAwait(MODEL_WAIT);
            LOG.info("{}: ending{} after {} ms for the sentence model", signal, idle ? "" : " regardless",
                    (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(status);
    }
}
