package io.askdb.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Drives {@code POST /api/query} from {@code connections} threads, each with its own HTTP/1.1
 * client, cycling through the questions, until {@code duration} has passed or {@code maxRequests}
 * were sent. Every response's tier is read, so the report says what was measured.
 *
 * <p>Concurrency: each worker keeps its own latency array; counters are adders; the workers are
 * joined before the result is read.
 */
public final class LoadGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final List<String> questions;

    public LoadGenerator(String baseUrl, List<String> questions) {
        this.endpoint = URI.create(baseUrl.replaceAll("/+$", "") + "/api/query");
        this.questions = List.copyOf(questions);
    }

    /** Asks each question once and returns the tier that answered it ("error" when it failed). */
    public Map<String, String> probe() throws IOException, InterruptedException {
        HttpClient client = client();
        Map<String, String> tiers = new java.util.LinkedHashMap<>();
        for (String question : questions) {
            HttpResponse<String> response = client.send(request(question), HttpResponse.BodyHandlers.ofString());
            tiers.put(question, tierOf(response));
        }
        return tiers;
    }

    /**
     * @param warmup run this long first without recording, so the server's JIT has compiled the hot path
     */
    public LoadResult run(int connections, Duration warmup, Duration duration, long maxRequests)
            throws InterruptedException {
        warm(connections, warmup);
        AtomicLong budget = new AtomicLong(maxRequests);
        LongAdder errors = new LongAdder();
        Map<String, LongAdder> tiers = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + duration.toNanos();
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[connections];
        CountDownLatch done = new CountDownLatch(connections);
        long started = System.nanoTime();
        for (int w = 0; w < connections; w++) {
            int worker = w;
            long[] mine = new long[(int) Math.min(maxRequests, 2_000_000)];
            latencies.add(mine);
            Thread thread = new Thread(() -> {
                HttpClient client = client();
                int next = worker;
                try {
                    while (System.nanoTime() < deadline && budget.getAndDecrement() > 0 && counts[worker] < mine.length) {
                        HttpRequest request = request(questions.get(next++ % questions.size()));
                        long t0 = System.nanoTime();
                        String tier;
                        try {
                            tier = tierOf(client.send(request, HttpResponse.BodyHandlers.ofString()));
                        } catch (IOException e) {
                            tier = "error";
                        }
                        mine[counts[worker]++] = System.nanoTime() - t0;
                        tiers.computeIfAbsent(tier, t -> new LongAdder()).increment();
                        if (tier.equals("error")) {
                            errors.increment();
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "load-" + w);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        double seconds = (System.nanoTime() - started) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int w = 0; w < connections; w++) {
            System.arraycopy(latencies.get(w), 0, all, at, counts[w]);
            at += counts[w];
        }
        Arrays.sort(all);
        Map<String, Long> tierCounts = new TreeMap<>();
        tiers.forEach((k, v) -> tierCounts.put(k, v.sum()));
        return new LoadResult(total, errors.sum(), seconds, all, tierCounts);
    }

    private void warm(int connections, Duration warmup) throws InterruptedException {
        long deadline = System.nanoTime() + warmup.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < connections; w++) {
            int worker = w;
            Thread thread = new Thread(() -> {
                HttpClient client = client();
                int next = worker;
                while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
                    try {
                        client.send(request(questions.get(next++ % questions.size())), HttpResponse.BodyHandlers.discarding());
                    } catch (IOException e) {
                        // Warm-up only: failures are counted in the measured run.
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }, "warm-" + w);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private HttpRequest request(String question) {
        String body = JSON.createObjectNode().put("question", question).toString();
        return HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static String tierOf(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 200) {
            return "error";
        }
        JsonNode json = JSON.readTree(response.body());
        return json.path("success").asBoolean(false) ? json.path("tier").asText("unknown") : "error";
    }
}
