package io.askdb.bench.jmh;

import io.askdb.AskDb;
import io.askdb.pipeline.QueryRequest;
import io.askdb.pipeline.QueryResponse;
import io.askdb.pipeline.TierName;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Level-1 cache hits as a request meets them, through the {@link AskDb} facade on the sample (the
 * cache's lookup takes a request context that only the pipeline builds): {@code exactHit} asks a
 * question answered before, word for word but in other case and punctuation, so normalization and
 * the exact key find it; {@code semanticHit} asks the same thing in other words, so the exact key
 * misses and the semantic index (embedding of the question, nearest stored question, literal
 * check) finds it. Setup checks that both are answered by the cache tier.
 *
 * <p>Run: {@code java -jar askdb-bench/target/benchmarks.jar CacheBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CacheBenchmark {

    private static final String STORED = "How many customers are there?";
    private static final String SAME_WORDS = "how many customers are there";
    private static final String OTHER_WORDS = "What is the number of customers?";

    private AskDb askdb;
    private QueryRequest exact;
    private QueryRequest semantic;

    @Setup
    public void setUp() throws InterruptedException {
        askdb = AskDb.builder().config(SampleFixture.config()).build();
        QueryResponse first = askdb.ask(QueryRequest.of(STORED));
        if (!first.success()) {
            throw new IllegalStateException("'" + STORED + "' was not answered: " + first.error());
        }
        exact = QueryRequest.of(SAME_WORDS);
        semantic = QueryRequest.of(OTHER_WORDS);
        expectCacheHit(exact);
        // The semantic index embeds stored questions off the request. Asking the paraphrase before
        // that would answer it elsewhere and store it under its own exact key, so wait instead.
        Thread.sleep(3000);
        expectCacheHit(semantic);
    }

    private void expectCacheHit(QueryRequest request) {
        QueryResponse response = askdb.ask(request);
        if (!response.success() || response.tier() != TierName.CACHE) {
            throw new IllegalStateException("'" + request.question() + "' was answered by " + response.tier()
                    + ", expected a cache hit; details " + response.details());
        }
    }

    @TearDown
    public void tearDown() {
        askdb.close();
    }

    @Benchmark
    public QueryResponse exactHit() {
        return askdb.ask(exact);
    }

    @Benchmark
    public QueryResponse semanticHit() {
        return askdb.ask(semantic);
    }
}
