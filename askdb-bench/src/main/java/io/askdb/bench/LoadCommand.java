package io.askdb.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.askdb.bench.load.LoadGenerator;
import io.askdb.bench.load.LoadResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Drives a running askdb server's POST /api/query on loopback for a bounded time and count.")
final class LoadCommand implements Callable<Integer> {

    /** SalesLT questions of the simple kind; the probe keeps those the server answers with the expected tier. */
    static final List<String> QUESTIONS = List.of(
            "How many customers are there?",
            "How many products are there?",
            "List all product categories",
            "How many orders are there?",
            "How many sales orders do we have?",
            "Count the customers",
            "How many Red products are there?",
            "How many Black products are there?",
            "What are the 5 most expensive products?",
            "What is the average list price of our products?",
            "What is the highest list price?",
            "How many addresses are in London?");

    @Option(names = "--url", required = true, description = "the server, e.g. http://127.0.0.1:8080")
    String url;

    @Option(names = "--expect-tier", required = true, description = "cache or fast_path: the tier being measured")
    String expectTier;

    @Option(names = "--connections", defaultValue = "8", description = "concurrent connections (${DEFAULT-VALUE})")
    int connections;

    @Option(names = "--duration", defaultValue = "20", description = "seconds to run at most (${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--warmup", defaultValue = "5", description = "seconds of unrecorded warm-up first (${DEFAULT-VALUE})")
    int warmupSeconds;

    @Option(names = "--max-requests", defaultValue = "1000000", description = "requests at most (${DEFAULT-VALUE})")
    long maxRequests;

    @Override
    public Integer call() throws Exception {
        if (seconds < 1 || seconds > 600 || warmupSeconds < 0 || warmupSeconds > 120 || connections < 1
                || connections > 256 || maxRequests < 1) {
            throw new IllegalArgumentException("bounds: 1 <= --duration <= 600, 0 <= --warmup <= 120,"
                    + " 1 <= --connections <= 256, --max-requests >= 1");
        }
        // Probe: a question enters the run only if the server answers it with the measured tier
        // (for cache hits: on the second asking, the first one fills the cache).
        LoadGenerator probe = new LoadGenerator(url, QUESTIONS);
        Map<String, String> tiers = probe.probe();
        if (expectTier.equals("cache")) {
            tiers = probe.probe();
        }
        List<String> questions = tiers.entrySet().stream()
                .filter(e -> e.getValue().equals(expectTier)).map(Map.Entry::getKey).toList();
        System.out.println("probe: " + tiers);
        if (questions.isEmpty()) {
            System.out.println("no question was answered by tier " + expectTier + "; nothing to measure");
            return 2;
        }
        System.out.println(questions.size() + " questions answered by " + expectTier + ", " + connections
                + " connections, " + warmupSeconds + " s warm-up, then at most " + seconds + " s and " + maxRequests
                + " requests");
        LoadResult result = new LoadGenerator(url, questions)
                .run(connections, Duration.ofSeconds(warmupSeconds), Duration.ofSeconds(seconds), maxRequests);
        System.out.println(result.summary());
        ObjectNode json = new ObjectMapper().createObjectNode();
        json.put("tier", expectTier);
        json.put("questions", questions.size());
        json.put("connections", connections);
        json.put("requests", result.requests());
        json.put("errors", result.errors());
        json.put("seconds", Math.round(result.seconds() * 10) / 10.0);
        json.put("requestsPerSecond", Math.round(result.requestsPerSecond()));
        json.put("p50Ms", Math.round(result.percentileMs(50) * 100) / 100.0);
        json.put("p90Ms", Math.round(result.percentileMs(90) * 100) / 100.0);
        json.put("p99Ms", Math.round(result.percentileMs(99) * 100) / 100.0);
        json.put("maxMs", Math.round(result.percentileMs(100) * 100) / 100.0);
        ObjectNode tierCounts = json.putObject("tiers");
        result.tiers().forEach(tierCounts::put);
        System.out.println(json);
        return 0;
    }
}
