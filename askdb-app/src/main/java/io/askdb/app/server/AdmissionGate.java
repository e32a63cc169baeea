package io.askdb.app.server;

import io.askdb.api.Deadline;
import io.askdb.config.PipelineSettings;
import io.askdb.config.ServerSettings.Admission;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bounded queue in front of the question endpoints: at most {@code maxConcurrent} questions
 * run at once, at most {@code queueSize} more wait for a turn, each for at most {@code queueWait}.
 * A question beyond that is refused at once with {@code OVERLOADED} (503) and {@code Retry-After},
 * so that a burst or a slow dependency shows as refusals a client can act on, not as latency that
 * grows without bound and threads that pile up.
 *
 * <p>Each question's time limit ({@code ASKDB_REQUEST_TIMEOUT}) starts here, when it arrives: its
 * {@link Deadline} is entered for the whole turn, the wait for a turn is cut to it, and every wait
 * after (connections, statements, model calls) is cut to what is left.
 *
 * <p>Concurrency: a fair {@link Semaphore} holds the turns (waiting questions get them in order);
 * {@code waiting} counts the questions parked on it, raised before parking and lowered after.
 */
final class AdmissionGate {

    private static final Logger LOG = LoggerFactory.getLogger(AdmissionGate.class);
    static final String RETRY_AFTER_SECONDS = "1";

    private final Admission settings;
    private final Duration requestTimeout;
    private final Semaphore turns;
    private final AtomicInteger waiting = new AtomicInteger();

    AdmissionGate(Admission settings) {
        this(settings, Duration.ofSeconds(PipelineSettings.DEFAULT_REQUEST_TIMEOUT_SECONDS));
    }

    AdmissionGate(Admission settings, Duration requestTimeout) {
        this.settings = settings;
        this.requestTimeout = requestTimeout;
        this.turns = new Semaphore(settings.maxConcurrent(), true);
    }

    /** Work done in a turn. */
    @FunctionalInterface
    interface Task {
        void run() throws Exception;
    }

    /** Runs {@code handler} in a turn, or throws {@code OVERLOADED} when none comes in time. */
    void run(Context ctx, Handler handler) throws Exception {
        run(ctx.method() + " " + ctx.path(), () -> handler.handle(ctx));
    }

    /** Runs {@code task} (described by {@code request} in the log) in a turn, or throws {@code OVERLOADED}. */
    void run(String request, Task task) throws Exception {
        Deadline deadline = Deadline.in(requestTimeout);
        try (Deadline.Scope ignored = Deadline.enter(deadline)) {
            if (!turns.tryAcquire()) {
                await(request, deadline.cap(settings.queueWait()));
            }
            try {
                task.run();
            } finally {
                turns.release();
            }
        }
    }

    private void await(String request, Duration queueWait) {
        if (waiting.incrementAndGet() > settings.queueSize()) {
            waiting.decrementAndGet();
            throw overloaded(request, "the server is answering " + settings.maxConcurrent() + " questions and "
                    + settings.queueSize() + " more are waiting (queue full)");
        }
        try {
            if (!turns.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw overloaded(request, "no turn came within " + queueWait.toMillis() + " ms ("
                        + settings.maxConcurrent() + " questions running, " + waiting.get() + " waiting)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw overloaded(request, "interrupted while waiting for a turn");
        } finally {
            waiting.decrementAndGet();
        }
    }

    private static ApiException overloaded(String request, String why) {
        LOG.info("overloaded: refused {}: {}", request, why);
        return new ApiException("OVERLOADED", "the server is overloaded: " + why + "; retry in "
                + RETRY_AFTER_SECONDS + " s", Map.of("Retry-After", RETRY_AFTER_SECONDS));
    }

    /** Questions waiting for a turn now. */
    int waiting() {
        return waiting.get();
    }
}
