package io.askdb.bench;

import io.askdb.AskDb;
import io.askdb.config.AskDbConfig;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.api.TierName;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
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
 * Tier 1 as a caller sees it: {@link AskDb#ask} on an in-memory H2 database whose answer to "how
 * many customers are there" is already cached in process (no Redis).
 *
 * <ul>
 *   <li>{@code exactHit}: the same question written differently ("How many customers are there?"):
 *       screening, normalization, the level 1 lookup and the response. Target: median under 50 µs.
 *   <li>{@code semanticHit}: a paraphrase ("What is the number of customers?"): the exact miss, the
 *       question's embedding (all-MiniLM-L6-v2, in process), the similarity search, the literal
 *       guard and the response. Target: median under 20 ms.
 *   <li>{@code embedOnly}: the embedding alone, to see what the semantic hit adds to it.
 * </ul>
 *
 * <p>Sample-time mode reports percentiles; read {@code p0.50}. Run:
 * <pre>
 * mvn -q -pl askdb-bench -am package -DskipTests
 * java -jar askdb-bench/target/benchmarks.jar CacheBenchmark -wi 2 -i 3 -f 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CacheBenchmark {

    private static final String STORED = "how many customers are there";
    private static final QueryRequest EXACT = QueryRequest.of("How many customers are there?");
    private static final QueryRequest PARAPHRASE = QueryRequest.of("What is the number of customers?");

    private Connection keeper;
    private AskDb askdb;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        String url = "jdbc:h2:mem:cachebench;DB_CLOSE_DELAY=-1";
        keeper = DriverManager.getConnection(url);
        try (Statement statement = keeper.createStatement()) {
            statement.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100), country VARCHAR(50))");
            statement.execute("INSERT INTO customers SELECT x, 'customer ' || x, CASEWHEN(MOD(x, 2) = 0, 'France', 'Spain')"
                    + " FROM SYSTEM_RANGE(1, 1000)");
        }
        askdb = AskDb.builder().config(AskDbConfig.fromMap(Map.of("DATABASE_URL", url))).build();
        QueryResponse stored = askdb.ask(QueryRequest.of(STORED));
        require(stored.success() && stored.tier() == TierName.FAST_PATH, "the first answer", stored);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (askdb.cache().stats().levels().get("semantic").entries() < 1 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        QueryResponse exact = askdb.ask(EXACT);
        require(exact.tier() == TierName.CACHE && "exact".equals(kind(exact)), "the exact hit", exact);
        QueryResponse semantic = askdb.ask(PARAPHRASE);
        require(semantic.tier() == TierName.CACHE && "semantic".equals(kind(semantic)), "the semantic hit", semantic);
    }

    private static Object kind(QueryResponse response) {
        return response.details().get("cache") instanceof Map<?, ?> cache ? cache.get("kind") : null;
    }

    private static void require(boolean ok, String what, QueryResponse response) {
        if (!ok) {
            throw new IllegalStateException(what + " is not what this benchmark measures: tier " + response.tier()
                    + ", details " + response.details() + ", error " + response.error());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        askdb.close();
        keeper.close();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public QueryResponse exactHit() {
        return askdb.ask(EXACT);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public QueryResponse semanticHit() {
        return askdb.ask(PARAPHRASE);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public float[] embedOnly() {
        return io.askdb.cache.semantic.QuestionEmbedder.embed("What is the number of customers?");
    }
}
