package io.askdb.sql;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs a database breaker's probe after a pause, off every request. {@link #SHARED} is two daemon
 * threads for all databases of the process (a probe of a database that does not answer holds its
 * thread for the driver's login timeout, so one such database cannot stall the others' probes);
 * tests drive the probes by hand.
 */
@FunctionalInterface
interface ProbeScheduler {

    void schedule(Runnable probe, Duration after);

    ProbeScheduler SHARED = new ProbeScheduler() {
        private final ScheduledExecutorService threads = create();

        private static ScheduledExecutorService create() {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(2, task -> {
                Thread thread = new Thread(task, "askdb-database-probe");
                thread.setDaemon(true);
                return thread;
            });
            executor.setRemoveOnCancelPolicy(true);
            return executor;
        }

        @Override
        public void schedule(Runnable probe, Duration after) {
            threads.schedule(probe, after.toMillis(), TimeUnit.MILLISECONDS);
        }
    };
}
