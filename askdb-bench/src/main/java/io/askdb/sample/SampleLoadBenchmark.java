package io.askdb.sample;

import io.askdb.config.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long {@link SampleDatabase#load} takes to build the generated SalesLT sample (DDL, 4,276 rows,
 * identity restarts) in a fresh in-memory H2 database in SQL Server mode, the way the embedded
 * sample is built at start-up. Target: under one second.
 *
 * <ul>
 *   <li>{@code warm}: average over many loads in one JVM (steady state).
 *   <li>{@code cold}: the first load in a fresh JVM, class loading included (H2 already started).
 *   <li>{@code embeddedFirstUse}: {@link SampleDatabase#ensureEmbeddedLoaded} in a fresh JVM, H2's
 *       start-up included: what a user waits for on {@code askdb ask} with the embedded sample.
 * </ul>
 *
 * Run: {@code mvn -o -q -pl askdb-bench -am compile} then
 * {@code java -cp <askdb-bench classpath> org.openjdk.jmh.Main SampleLoadBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SampleLoadBenchmark {

    private static int databases;
    private Connection connection;

    @Setup(Level.Invocation)
    public void openEmptyDatabase() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:bench_" + (++databases)
                + ";MODE=MSSQLServer;DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
    }

    @TearDown(Level.Invocation)
    public void dropDatabase() throws SQLException {
        connection.close();
    }

    @Benchmark
    @Fork(1)
    @Warmup(iterations = 10)
    @Measurement(iterations = 20)
    public SampleLoadReport warm() throws SQLException {
        return SampleDatabase.load(connection);
    }

    @Benchmark
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public SampleLoadReport cold() throws SQLException {
        return SampleDatabase.load(connection);
    }

    @Benchmark
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public boolean embeddedFirstUse() {
        return SampleDatabase.ensureEmbeddedLoaded(DatabaseSettings.SAMPLE_URL, "", "");
    }
}
