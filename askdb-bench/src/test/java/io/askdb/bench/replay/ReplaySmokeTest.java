package io.askdb.bench.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The replay end to end on 50 questions: the real pipeline on the embedded sample, the stub on
 * loopback, the virtual clock. The peer takes part when its jar has been built (mvn package).
 */
class ReplaySmokeTest {

    @Test
    void should_replay_a_small_stream_through_every_contestant_and_end_with_the_json_line() throws Exception {
        boolean peerBuilt = Files.isRegularFile(PeerJar.locate(null));
        List<String> contestants = peerBuilt ? ReplayOptions.ALL : List.of("askdb", "baseline");
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(report, true, StandardCharsets.UTF_8);

        ObjectNode line = new Replay(new ReplayOptions(50, 7, true, 1.0, contestants, null, null, false), out,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run();

        String[] lines = report.toString(StandardCharsets.UTF_8).trim().split("\n");
        assertThat(lines[lines.length - 1]).isEqualTo(line.toString());
        assertThat(line.get("questions").asInt()).isEqualTo(50);
        JsonNode baseline = line.get("baseline");
        // Every baseline question goes to o4-mini once: 2.8 s of model time each, on the virtual clock.
        assertThat(baseline.get("llmCalls").asInt()).isEqualTo(50);
        assertThat(baseline.get("p50Ms").asDouble()).isBetween(2800.0, 3800.0);
        assertThat(baseline.get("cacheHitRate").asDouble()).isZero();
        assertThat(baseline.get("correct").asInt()).isEqualTo(50);
        JsonNode askdb = line.get("askdb");
        assertThat(askdb.get("llmCalls").asInt()).isLessThan(50);
        assertThat(askdb.get("cacheHitRate").asDouble()).isPositive();
        assertThat(askdb.get("costUsd").asDouble()).isLessThan(baseline.get("costUsd").asDouble());
        assertThat(line.at("/ratio/costVsBaseline").asDouble()).isBetween(0.0, 1.0);
        if (peerBuilt) {
            assertThat(line.at("/peer/llmCalls").asInt()).isGreaterThanOrEqualTo(50);
            assertThat(line.at("/peer/correct").asInt()).isEqualTo(50);
        } else {
            assertThat(line.get("peer").isNull()).isTrue();
        }
    }
}
