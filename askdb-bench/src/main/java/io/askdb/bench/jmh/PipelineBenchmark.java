package io.askdb.bench.jmh;

import io.askdb.AskDb;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.api.TierName;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole pipeline through the {@link AskDb} facade on the embedded sample, no LLM configured:
 * {@code cacheHit} asks a question answered before (screen, normalize, key, level-1 lookup, the
 * response copied as a cache hit); {@code fastPath} asks it with {@code noCache}, so tier 2
 * answers every time (read, guard, execute, build the response). Setup checks which tier answered,
 * so each method times what its name says.
 *
 * <p>Run: {@code java -jar askdb-bench/target/benchmarks.jar PipelineBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PipelineBenchmark {

    @Param({"How many customers are there?", "How many addresses are in London?"})
    public String question;

    private AskDb askdb;
    private QueryRequest cached;
    private QueryRequest uncached;

    @Setup
    public void setUp() {
        askdb = AskDb.builder().config(SampleFixture.config()).build();
        cached = QueryRequest.of(question);
        uncached = QueryRequest.of(question).withNoCache(true);
        expect(askdb.ask(cached), TierName.FAST_PATH);
        expect(askdb.ask(cached), TierName.CACHE);
        expect(askdb.ask(uncached), TierName.FAST_PATH);
    }

    private void expect(QueryResponse response, TierName tier) {
        if (!response.success() || response.tier() != tier) {
            throw new IllegalStateException("'" + question + "' was answered by " + response.tier() + " (success "
                    + response.success() + ", error " + response.error() + "), expected " + tier.wireName());
        }
    }

    @TearDown
    public void tearDown() {
        askdb.close();
    }

    @Benchmark
    public QueryResponse cacheHit() {
        return askdb.ask(cached);
    }

    @Benchmark
    public QueryResponse fastPath() {
        return askdb.ask(uncached);
    }
}
