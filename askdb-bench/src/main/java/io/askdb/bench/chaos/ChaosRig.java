package io.askdb.bench.chaos;

import io.askdb.sample.SampleDatabase;
import io.askdb.testing.OpenAiStubServer;
import io.askdb.testing.OpenAiStubServer.Reply;
import io.askdb.testing.TcpProxy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the chaos benchmark and the soak run against: SalesLT in a PostgreSQL database of their own,
 * Redis, and an LLM stub, each behind a {@link TcpProxy} this process controls, and {@code askdb
 * serve} processes that reach them only through the proxies. Server "a" answers with its fast path
 * first; server "b" has the fast path off, so its questions go to the LLM (the stub answers with
 * each question's true SQL). Both share Redis, in a Redis database of the
 * benchmark's own ({@value #REDIS_DATABASE}).
 */
final class ChaosRig implements AutoCloseable {

    static final String DATABASE = "askdb_i21_chaos";
    static final int REDIS_DATABASE = 13;

    final TcpProxy postgres;
    final TcpProxy redis;
    final TcpProxy llm;
    final List<ChaosQuestion> questions;
    final List<ServeProcess> servers = new ArrayList<>();
    private final OpenAiStubServer stub;

    private ChaosRig(TcpProxy postgres, TcpProxy redis, TcpProxy llm, OpenAiStubServer stub,
            List<ChaosQuestion> questions) {
        this.postgres = postgres;
        this.redis = redis;
        this.llm = llm;
        this.stub = stub;
        this.questions = questions;
    }

    record Services(String postgresHost, int postgresPort, String postgresUser, String redisHost, int redisPort) {}

    static ChaosRig open(Services services) throws IOException, SQLException {
        List<ChaosQuestion> questions = prepareDatabase(services);
        OpenAiStubServer stub = OpenAiStubServer.start();
        stub.recordRequests(false);
        stub.otherwise(request -> ChaosQuestion.askedIn(request.body(), questions)
                .map(q -> Reply.chat("```sql\n" + q.truthSql() + "\n```", 300, 20))
                .orElse(Reply.chat("I cannot answer that.", 300, 5)));
        int stubPort = Integer.parseInt(stub.origin().substring(stub.origin().lastIndexOf(':') + 1));
        return new ChaosRig(new TcpProxy(services.postgresHost(), services.postgresPort()),
                new TcpProxy(services.redisHost(), services.redisPort()), new TcpProxy("127.0.0.1", stubPort), stub,
                questions);
    }

    /** Creates the database and loads SalesLT once; returns the questions with their values read from it. */
    private static List<ChaosQuestion> prepareDatabase(Services services) throws SQLException {
        String server = "jdbc:postgresql://" + services.postgresHost() + ":" + services.postgresPort() + "/";
        try (Connection c = DriverManager.getConnection(server + "postgres", services.postgresUser(), "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // duplicate_database: made by an earlier run
                throw e;
            }
        }
        try (Connection c = DriverManager.getConnection(server + DATABASE, services.postgresUser(), "")) {
            if (!SampleDatabase.isLoaded(c)) {
                SampleDatabase.load(c);
            }
            return ChaosQuestion.read(c);
        }
    }

    /** The environment of a server: every dependency through its proxy, no rate limit. */
    Map<String, String> environment(Services services, boolean fastPath, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>();
        env.put("DATABASE_URL", "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/" + DATABASE);
        env.put("DATABASE_USER", services.postgresUser());
        // serve's key prefix is fixed ("askdb:"): a Redis database of the benchmark's own keeps its keys apart.
        env.put("REDIS_URL", "redis://127.0.0.1:" + redis.port() + "/" + REDIS_DATABASE);
        env.put("LLM_PROVIDER", "openai");
        env.put("OPENAI_BASE_URL", "http://127.0.0.1:" + llm.port() + "/v1");
        env.put("OPENAI_API_KEY", "chaos-key");
        env.put("ASKDB_RATE_LIMIT", "0");
        env.put("ASKDB_CONNECT_TIMEOUT", "2");
        if (!fastPath) {
            env.put("FAST_PATH_CONFIDENCE", "1.01");
        }
        env.putAll(extra);
        return env;
    }

    ServeProcess startServer(String name, Path askdbJar, String heap, Map<String, String> env, Path logDir)
            throws IOException, InterruptedException {
        Files.createDirectories(logDir);
        ServeProcess server = ServeProcess.start(name, askdbJar, heap, env, logDir);
        servers.add(server);
        return server;
    }

    @Override
    public void close() throws Exception {
        for (ServeProcess server : servers) {
            server.close();
        }
        stub.close();
        postgres.close();
        redis.close();
        llm.close();
    }
}
