package io.askdb.bench;

import io.askdb.bench.load.CeilingServer;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ceiling", mixinStandardHelpOptions = true,
        description = "Serves the load test's ceiling: a bare Javalin POST /api/query that parses the JSON body and "
                + "returns a fixed answer of the given size, until stopped.")
final class CeilingCommand implements Callable<Integer> {

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "0", description = "port; 0 picks a free one (${DEFAULT-VALUE})")
    int port;

    @Option(names = "--answer-bytes", defaultValue = "600", description = "size of the fixed answer (${DEFAULT-VALUE})")
    int answerBytes;

    @Override
    public Integer call() throws Exception {
        if (answerBytes < 64 || answerBytes > 1_000_000) {
            throw new IllegalArgumentException("--answer-bytes must be between 64 and 1000000, was " + answerBytes);
        }
        CeilingServer server = CeilingServer.start(host, port, answerBytes);
        System.out.println("ceiling serving on http://" + host + ":" + server.port());
        new CountDownLatch(1).await();
        return 0;
    }
}
