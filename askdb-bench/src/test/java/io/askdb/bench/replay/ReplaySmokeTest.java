package io.askdb.bench.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.askdb.bench.workload.Phrasings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The replay end to end on 50 questions: the real pipeline on the embedded sample, the model-aware
 * stub on loopback, the virtual clock. The peer takes part when its jar has been built (mvn package).
 *
 * <p>The stub's wrong answers are known (it counts them), so every contestant's correct answers
 * are predicted exactly: a baseline is right on every question the stub answered right, and askdb
 * is right on every question its fast path answered, and on every orchestrated question exactly
 * when the stub was.
 */
class ReplaySmokeTest {

    @Test
    void should_replay_a_small_stream_through_every_contestant_and_end_with_the_json_line() throws Exception {
        boolean peerBuilt = Files.isRegularFile(PeerJar.locate(null));
        List<String> contestants = new ArrayList<>(List.of("askdb", "baseline", "baseline-default"));
        if (peerBuilt) {
            contestants.add("peer");
        }
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(report, true, StandardCharsets.UTF_8);

        ObjectNode line = new Replay(new ReplayOptions(50, 7, true, 1.0, contestants, null, null, false,
                Phrasings.TEMPLATES, -1, false), out,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();

        String[] lines = report.toString(StandardCharsets.UTF_8).trim().split("\n");
        assertThat(lines[lines.length - 1]).isEqualTo(line.toString());
        assertThat(line.get("questions").asInt()).isEqualTo(50);

        JsonNode baseline = line.get("baseline");
        // Every baseline question goes to o4-mini once: 2.8 s of model time each, on the virtual clock.
        assertThat(baseline.get("llmCalls").asInt()).isEqualTo(50);
        assertThat(baseline.at("/models/o4-mini/calls").asInt()).isEqualTo(50);
        assertThat(baseline.get("p50Ms").asDouble()).isBetween(2800.0, 3800.0);
        assertThat(baseline.get("cacheHitRate").asDouble()).isZero();
        assertThat(baseline.at("/models/o4-mini/reasoningTokens").asLong()).isPositive();
        assertThat(baseline.get("correct").asInt())
                .isEqualTo(50 - baseline.at("/models/o4-mini/wrongAnswersServed").asInt());
        JsonNode byDefault = line.get("baseline-default");
        assertThat(byDefault.at("/models/gpt-4.1/calls").asInt()).isEqualTo(50);
        assertThat(byDefault.get("correct").asInt())
                .isEqualTo(50 - byDefault.at("/models/gpt-4.1/wrongAnswersServed").asInt());
        // The fast model is wrong more often than the reasoning model, on the same questions and more.
        assertThat(byDefault.at("/models/gpt-4.1/wrongAnswersServed").asInt())
                .isGreaterThanOrEqualTo(baseline.at("/models/o4-mini/wrongAnswersServed").asInt());

        JsonNode askdb = line.get("askdb");
        assertThat(askdb.get("llmCalls").asInt()).isLessThan(50);
        assertThat(askdb.get("cacheHitRate").asDouble()).isPositive();
        assertThat(askdb.get("answered").asInt()).isEqualTo(50);
        // askdb's own answers (the fast path) are all right; each orchestrated one is right exactly when the stub was;
        // a cache hit gives back an answer stored before, right or wrong.
        int[] fastPath = fraction(askdb.at("/correctByTier/fast_path"));
        assertThat(fastPath[1]).as("fast-path answers").isPositive();
        assertThat(fastPath[0]).as("right fast-path answers").isEqualTo(fastPath[1]);
        int[] orchestrated = fraction(askdb.at("/correctByTier/orchestration"));
        int wrongServed = 0;
        for (JsonNode model : askdb.get("models")) {
            wrongServed += model.get("wrongAnswersServed").asInt();
        }
        assertThat(orchestrated[0]).as("right orchestrated answers").isEqualTo(orchestrated[1] - wrongServed);
        int[] cached = fraction(askdb.at("/correctByTier/cache"));
        assertThat(askdb.get("correct").asInt()).isEqualTo(fastPath[0] + orchestrated[0] + cached[0]);

        assertThat(askdb.at("/costUsdByPrices/design").asDouble()).isLessThan(baseline.at("/costUsdByPrices/design").asDouble());
        assertThat(line.at("/ratio/costVsBaseline").asDouble()).isBetween(0.0, 1.0);
        assertThat(line.at("/ratio/vs/baseline-default/cost/list").asDouble()).isBetween(0.0, 1.0);
        if (peerBuilt) {
            assertThat(line.at("/peer/llmCalls").asInt()).isGreaterThanOrEqualTo(50);
            assertThat(line.at("/peer/correct").asInt())
                    .isEqualTo(50 - line.at("/peer/models/o4-mini/wrongAnswersServed").asInt());
        } else {
            assertThat(line.get("peer").isNull()).isTrue();
        }
    }

    /** "right/all" as two numbers; 0/0 when the tier answered nothing. */
    private static int[] fraction(JsonNode text) {
        if (text.isMissingNode() || text.isNull()) {
            return new int[] {0, 0};
        }
        String[] parts = text.asText().split("/");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }
}
