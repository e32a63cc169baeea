package io.askdb.app.cli;

import io.askdb.AskDb;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.askdb.app.server.AskDbServer;
import io.askdb.config.AskDbConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code askdb serve}: the HTTP API and the web page, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the HTTP API, the web page, /metrics and /health until stopped.",
        footer = {
            "",
            "Environment:",
            "  ASKDB_API_KEYS  comma-separated KEY, NAME:KEY or NAME:KEY:admin entries.",
            "      When set, every /api call needs 'Authorization: Bearer KEY' or",
            "      'X-API-Key: KEY', and only admin keys may clear or invalidate the",
            "      cache. The name (keyN for a bare key) scopes cached answers and",
            "      appears in logs; keys never do. Unset: the API is open.",
            "  ASKDB_OPEN_KNOWLEDGE_WRITES  true lets anyone add knowledge (POST",
            "      /api/knowledge) when ASKDB_API_KEYS is unset; by default adding",
            "      knowledge needs an admin key, and is refused with no keys at all.",
            "  ASKDB_RATE_LIMIT  requests per minute per key (per client address",
            "      without keys); 0 turns it off; default 120.",
            "  ASKDB_DATABASES_FILE  the file of --config: further databases, e.g.",
            "      {\"databases\": [{\"name\": \"sales\",",
            "        \"url\": \"jdbc:postgresql://db:5432/sales\", \"user\": \"askdb\",",
            "        \"passwordEnv\": \"SALES_DB_PASSWORD\"}]}",
            "      An entry named 'default' replaces DATABASE_URL.",
            "  ASKDB_MAX_QUESTION_LENGTH  longer questions get 400 (default 2000).",
            "  ASKDB_CONVERSATION_TTL  seconds a conversation (conversationId) is kept",
            "      after its last question (default 1800).",
            "  ASKDB_CONVERSATIONS_MAX  conversations kept at most (default 10000).",
            "A database url may also be a CSV, Parquet or JSON file, or a folder of them.",
            "  ASKDB_MAX_CONCURRENT  questions answered at once (default 32);",
            "      ASKDB_QUEUE_SIZE more may wait (default 64), each at most",
            "      ASKDB_QUEUE_WAIT seconds (default 2); beyond that 503 OVERLOADED",
            "      with Retry-After. A database that is down is refused at once",
            "      (503 DATABASE_UNAVAILABLE, Retry-After) until it answers again.",
            "  ASKDB_REQUEST_TIMEOUT  seconds a question may take in all (default 120);",
            "      every wait on its behalf is cut to what is left of it.",
            "",
            "Endpoints: POST /api/query, POST /api/query/stream (server-sent events),",
            "GET /api/databases, GET /api/schema?database=NAME, GET /api/knowledge,",
            "POST /api/knowledge (admin), GET /api/cache/stats,",
            "POST /api/cache/clear, POST /api/cache/invalidate, GET /health,",
            "GET /metrics, GET /openapi.json, GET / (the web page), /mcp (MCP over",
            "streamable HTTP, with the same keys and rate limit as /api)."
        })
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", defaultValue = "0.0.0.0", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--config", paramLabel = "FILE",
            description = "JSON file naming the databases to offer (default: ASKDB_DATABASES_FILE).")
    Path databasesFile;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Spec
    CommandSpec spec;

    /**
     * Serves until the process is told to stop (the shutdown hook waits for the server and the
     * pools to close) or this thread is interrupted.
     */
    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AskDbConfig config = database.apply(AskDbConfig.fromEnvironment(databasesFile == null
                ? Map.of() : Map.of("ASKDB_DATABASES_FILE", databasesFile.toString())));
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        AskDb.Builder builder = AskDb.builder().config(config).meterRegistry(registry).loadEmbeddingModelEarly(true);
        config.server().databases().forEach(builder::database);
        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopRequested.countDown();
            awaitQuietly(closed);
        }, "askdb-shutdown");
        try (AskDb askdb = builder.build(); AskDbServer server = AskDbServer.start(askdb, config.server(), host, port, registry)) {
            Runtime.getRuntime().addShutdownHook(hook);
            out.printf("askdb serving on http://%s:%d/ (Ctrl+C stops it)%n", host, server.port());
            out.flush();
            stopRequested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closed.countDown();
            removeQuietly(hook);
        }
        return 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Removes the hook unless the JVM is already shutting down (then it is running it). */
    private static void removeQuietly(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down: the hook is what woke us
        }
    }
}
