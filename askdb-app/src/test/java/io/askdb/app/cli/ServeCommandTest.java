package io.askdb.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void should_serve_the_databases_of_the_config_file_until_interrupted() throws Exception {
        String main = database("serve_main", "CREATE TABLE customer (id INT PRIMARY KEY)", "INSERT INTO customer VALUES (1), (2)");
        String other = database("serve_other", "CREATE TABLE ship (id INT PRIMARY KEY)", "INSERT INTO ship VALUES (1)");
        Path config = Files.writeString(dir.resolve("databases.json"),
                "{\"databases\": [{\"name\": \"fleet\", \"url\": \"" + other + "\"}]}");
        StartupWatcher out = new StartupWatcher();
        CommandLine cli = AskDbCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(cli.execute("serve", "--port", "0", "--host", "127.0.0.1",
                "--db", main, "--config", config.toString())));
        serving.start();

        int port = out.awaitPort();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> databases = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/databases"))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/query"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"how many ships are there\", \"database\": \"fleet\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        serving.interrupt();
        serving.join(Duration.ofSeconds(20).toMillis());

        assertThat(databases.body()).contains("\"databases\":[\"default\",\"fleet\"]");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"success\":true", "\"rows\":[[1]]");
        assertThat(serving.isAlive()).isFalse();
        assertThat(exit.get()).isZero();
    }

    /** Collects the command's output and wakes the test when the serving line is flushed. */
    private static final class StartupWatcher extends StringWriter {
        private static final Pattern SERVING = Pattern.compile("serving on http://127\\.0\\.0\\.1:(\\d+)/");
        private final CountDownLatch started = new CountDownLatch(1);

        @Override
        public void flush() {
            if (SERVING.matcher(toString()).find()) {
                started.countDown();
            }
        }

        int awaitPort() throws InterruptedException {
            assertThat(started.await(30, TimeUnit.SECONDS)).as("server started; output: %s", this).isTrue();
            Matcher m = SERVING.matcher(toString());
            assertThat(m.find()).isTrue();
            return Integer.parseInt(m.group(1));
        }
    }

    private static String database(String prefix, String... statements) throws Exception {
        String url = "jdbc:h2:mem:" + prefix + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
        return url;
    }
}
