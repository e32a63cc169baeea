package io.askdb.bench.jmh;

import io.askdb.sql.GuardedSql;
import io.askdb.sql.SqlGuard;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The SQL guard's {@code check(sql)} against the SalesLT catalog (parse, one read-only statement,
 * tables and columns known, denied columns, row cap): a typical five-line answer and a 200-line
 * report query. Both pass; a rejected statement stops earlier and costs less.
 *
 * <p>Run: {@code java -jar askdb-bench/target/benchmarks.jar GuardBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class GuardBenchmark {

    private SqlGuard guard;
    private String longSql;

    @Setup
    public void setUp() {
        guard = new SqlGuard(SampleFixture.catalog(), SampleFixture.DIALECT, SampleFixture.DENY_COLUMNS, 1000);
        longSql = LongSql.twoHundredLines();
        // Both must pass, or the benchmark would time a rejection.
        guard.check(LongSql.TYPICAL);
        guard.check(longSql);
    }

    @Benchmark
    public GuardedSql typical() {
        return guard.check(LongSql.TYPICAL);
    }

    @Benchmark
    public GuardedSql twoHundredLines() {
        return guard.check(longSql);
    }
}
