package io.askdb.app.cli;

import io.askdb.AskDb;
import io.askdb.app.server.AskDbServer;
import io.askdb.config.AskDbConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code askdb serve}: the HTTP API and the web page, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the HTTP API, the web page, /metrics and /health until stopped.")
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

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        AskDbConfig config = database.apply(AskDbConfig.fromEnvironment(databasesFile == null
                ? Map.of() : Map.of("ASKDB_DATABASES_FILE", databasesFile.toString())));
        AskDb.Builder builder = AskDb.builder().config(config);
        config.server().databases().forEach(builder::database);
        AskDb askdb = builder.build();
        AskDbServer server;
        try {
            server = AskDbServer.start(askdb, config.server(), host, port);
        } catch (RuntimeException e) {
            askdb.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            askdb.close();
            stopped.countDown();
        }, "askdb-shutdown"));
        out.printf("askdb serving on http://%s:%d/ (Ctrl+C stops it)%n", host, server.port());
        out.flush();
        stopped.await();
        return 0;
    }
}
