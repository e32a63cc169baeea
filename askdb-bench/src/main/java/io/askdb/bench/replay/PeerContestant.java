package io.askdb.bench.replay;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * LangChain4j's {@code SqlDatabaseContentRetriever} with the complex model, against the replay's
 * database and the stub. It needs LangChain4j 1.13 while askdb runs on 1.11, so it comes from its
 * own jar ({@code askdb-bench/peer}) in a class loader whose parent is the platform loader: it sees
 * the JDK and its own jar, nothing of askdb's class path. Only JDK types cross over: a
 * {@link DataSource} in, {@code Function<String, String>} out.
 *
 * <p>The retriever answers with "Result of executing 'SQL':" and the rows as text; the replay takes
 * the SQL from it and runs it again itself to compare rows, outside the timing.
 */
final class PeerContestant implements Contestant {

    static final String PEER_CLASS = "io.askdb.bench.peer.LangChain4jSqlPeer";
    private static final String PREFIX = "Result of executing '";
    private static final String SUFFIX = "':\n";

    private final URLClassLoader loader;
    private final HikariDataSource dataSource;
    private final Function<String, String> retriever;
    private final String model;

    @SuppressWarnings("unchecked")
    PeerContestant(Path peerJar, String jdbcUrl, String baseUrl, String model) {
        if (!Files.isRegularFile(peerJar)) {
            throw new IllegalStateException("the peer's jar is missing: " + peerJar
                    + " (built by mvn -q -DskipTests package; or pass --peer-jar)");
        }
        this.model = model;
        HikariConfig config = new HikariConfig();
        config.setPoolName("peer");
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(4);
        config.setReadOnly(true);
        this.dataSource = new HikariDataSource(config);
        try {
            URL url = peerJar.toUri().toURL();
            this.loader = new URLClassLoader("peer", new URL[] {url}, ClassLoader.getPlatformClassLoader());
            Class<?> type = loader.loadClass(PEER_CLASS);
            this.retriever = inPeerLoader(() -> (Function<String, String>) type
                    .getConstructor(DataSource.class, String.class, String.class, Integer.class)
                    .newInstance(dataSource, baseUrl, model, 120));
        } catch (IOException | ReflectiveOperationException e) {
            dataSource.close();
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new IllegalStateException("could not load the peer from " + peerJar + ": " + cause, cause);
        }
    }

    @Override
    public String name() {
        return "peer";
    }

    @Override
    public String description() {
        return "LangChain4j " + retriever + " (langchain4j-experimental-sql 1.13.0-beta23), defaults, model " + model;
    }

    @Override
    public Outcome ask(String question) {
        String content;
        try {
            content = inPeerLoader(() -> retriever.apply(question));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            return Outcome.failed("retriever threw " + e);
        }
        return sqlOf(content).map(Outcome::bySql)
                .orElseGet(() -> Outcome.failed("no result: " + (content.isBlank() ? "empty" : abbreviate(content))));
    }

    /** A step of the reflective call, which may throw what reflection throws. */
    private interface PeerCall<T> {
        T call() throws ReflectiveOperationException;
    }

    /**
     * Runs with the peer's loader as the thread's context loader: LangChain4j finds its HTTP client
     * through {@link java.util.ServiceLoader}, which looks there, and would otherwise find askdb's.
     */
    private <T> T inPeerLoader(PeerCall<T> call) throws ReflectiveOperationException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return call.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The SQL in the retriever's "Result of executing '...':" text. */
    static java.util.Optional<String> sqlOf(String content) {
        int start = content.indexOf(PREFIX);
        if (start < 0) {
            return java.util.Optional.empty();
        }
        int end = content.indexOf(SUFFIX, start + PREFIX.length());
        return end < 0 ? java.util.Optional.empty()
                : java.util.Optional.of(content.substring(start + PREFIX.length(), end));
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "...";
    }

    @Override
    public void close() {
        dataSource.close();
        try {
            loader.close();
        } catch (IOException e) {
            // Nothing is left to release; the jar is closed with the process.
        }
    }
}
