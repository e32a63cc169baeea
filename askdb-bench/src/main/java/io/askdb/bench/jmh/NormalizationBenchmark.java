package io.askdb.bench.jmh;

import io.askdb.text.QuestionNormalizer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Question normalization, the first step of every request and the question part of the exact
 * cache key: a short question, a casual one and a long one with numbers and punctuation.
 *
 * <p>Run: {@code java -jar askdb-bench/target/benchmarks.jar NormalizationBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class NormalizationBenchmark {

    @Param({
        "How many customers are there?",
        "  show me   ALL the red products!! ",
        "Who are the top 10 customers by total order value in the United Kingdom since 2008, highest first?"
    })
    public String question;

    private final QuestionNormalizer normalizer = new QuestionNormalizer();

    @Benchmark
    public String normalize() {
        return normalizer.normalize(question);
    }
}
