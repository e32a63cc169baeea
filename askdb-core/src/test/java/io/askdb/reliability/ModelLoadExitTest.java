package io.askdb.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.AskDb;
import io.askdb.api.QueryRequest;
import io.askdb.api.TierName;
import io.askdb.cache.semantic.QuestionEmbedder;
import io.askdb.testing.H2Databases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Native safety of the embedding model: onnxruntime frees its environment in a JVM exit hook of its
 * own, so a JVM that exits while a thread is inside the model crashes (SIGSEGV in
 * libonnxruntime.so). Each case runs a fresh JVM that starts askdb, asks a question (its answer is
 * stored and its question embedded in the background, which loads the model), stops askdb after a
 * delay that falls at a different moment of the load, and does that several times before it exits.
 * The JVM must exit with status 0 and no fatal error report, and the model, loaded once, must still
 * answer after the askdb instances around it came and went.
 */
class ModelLoadExitTest {

    private static final int ROUNDS = 3;

    @ParameterizedTest(name = "stopped {0} ms after the first answer")
    @ValueSource(ints = {0, 120, 500})
    void should_exit_cleanly_when_askdb_stops_while_the_model_loads(int delayMillis, @TempDir Path dir)
            throws Exception {
        Path out = dir.resolve("out.txt");
        Process process = new ProcessBuilder(javaCommand(dir, String.valueOf(delayMillis)))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        boolean ended = process.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);

        assertThat(ended).as("the JVM ended within 3 minutes; its output:%n%s", output).isTrue();
        assertThat(process.exitValue()).as("exit status; output:%n%s", output).isZero();
        assertThat(output).contains("rounds done: " + ROUNDS, "model after the rounds: " + QuestionEmbedder.DIMENSIONS)
                .doesNotContain("SIGSEGV", "A fatal error has been detected");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("hs_err"));
        }
    }

    private static List<String> javaCommand(Path dir, String delayMillis) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Xmx256m", "-XX:ErrorFile=" + dir.resolve("hs_err_pid%p.log"),
                "-cp", System.getProperty("java.class.path"), Child.class.getName(), delayMillis,
                String.valueOf(ROUNDS));
    }

    /** The child JVM: starts and stops askdb {@code rounds} times, each stop {@code delay} ms after its answer. */
    public static final class Child {

        public static void main(String[] args) throws Exception {
            long delay = Long.parseLong(args[0]);
            int rounds = Integer.parseInt(args[1]);
            String url = H2Databases.shop();
            for (int round = 1; round <= rounds; round++) {
                try (AskDb askdb = H2Databases.askDb(url)) {
                    // A different question each round, so each answer is stored and embedded.
                    var response = askdb.ask(QueryRequest.of(round == 1 ? "How many customers are there?"
                            : round == 2 ? "How many orders are there?" : "How many customers are in France?"));
                    if (!response.success() || response.tier() != TierName.FAST_PATH) {
                        throw new IllegalStateException("round " + round + ": " + response.tier() + ", " + response.error());
                    }
                    Thread.sleep(delay);
                }
            }
            System.out.println("rounds done: " + rounds);
            System.out.println("model after the rounds: " + QuestionEmbedder.embed("How many products are there?").length);
        }
    }
}
