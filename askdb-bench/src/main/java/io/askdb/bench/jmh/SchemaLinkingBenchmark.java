package io.askdb.bench.jmh;

import io.askdb.offline.Candidate;
import io.askdb.offline.OfflineAnswerer;
import io.askdb.schema.SchemaCatalog;
import io.askdb.sql.Dialect;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Schema linking on a large catalog: the offline answerer's {@code candidates(question)} (link the
 * question's words to tables, columns and values, then compose SQL) on a generated 300-table
 * schema, for a counting, a listing and a filtered aggregate question. The answerer is built once,
 * as the pipeline builds it once per catalog.
 *
 * <p>Run: {@code java -jar askdb-bench/target/benchmarks.jar SchemaLinkingBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SchemaLinkingBenchmark {

    @Param({"300"})
    public int tables;

    @Param({
        "How many crm customers are there?",
        "List all billing invoices",
        "What is the total amount of sales orders by status?"
    })
    public String question;

    private OfflineAnswerer answerer;

    @Setup
    public void setUp() {
        SchemaCatalog catalog = SyntheticSchema.generate(tables, 42);
        answerer = new OfflineAnswerer(catalog, Dialect.H2);
    }

    @Benchmark
    public List<Candidate> candidates() {
        return answerer.candidates(question);
    }
}
