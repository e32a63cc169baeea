package io.askdb.bench.jmh;

import com.github.benmanes.caffeine.cache.Ticker;
import io.askdb.config.AskDbConfig;
import io.askdb.offline.Candidate;
import io.askdb.offline.OfflineAnswerer;
import io.askdb.sql.Database;
import io.askdb.sql.GuardedSql;
import io.askdb.sql.QueryResult;
import java.time.Duration;
import java.util.List;
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
 * The fast path's own work on SalesLT, as tier 2 does it: the offline answerer's best candidate
 * for the question, the guard's check of its SQL, and its execution on the embedded sample
 * through the read-only pool. {@code candidates} times the reading alone.
 *
 * <p>Run: {@code java -jar askdb-bench/target/benchmarks.jar FastPathBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FastPathBenchmark {

    @Param({
        "How many customers are there?",
        "How many addresses are in London?",
        "What is the average list price of our products?",
        "How many products come in size 46?"
    })
    public String question;

    private Database database;
    private OfflineAnswerer answerer;

    @Setup
    public void setUp() {
        AskDbConfig config = SampleFixture.config();
        database = new Database("default", config.database(), Duration.ofHours(1), Ticker.systemTicker(), null);
        answerer = new OfflineAnswerer(database.catalog(), database.dialect());
        if (answerer.candidates(question).isEmpty()) {
            throw new IllegalStateException("the offline answerer has no candidate for '" + question + "'");
        }
    }

    @TearDown
    public void tearDown() {
        database.close();
    }

    @Benchmark
    public List<Candidate> candidates() {
        return answerer.candidates(question);
    }

    @Benchmark
    public QueryResult answer() {
        Candidate best = answerer.candidates(question).get(0);
        GuardedSql guarded = database.snapshot().guard().check(best.sql());
        return database.executor().execute(guarded.sql());
    }
}
