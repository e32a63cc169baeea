package io.askdb.bench.fit;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.testing.SharedData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every 20th Spider train question (350 across all databases) through the answerer, scored by
 * execution. Skips when the shared data is absent. The full run is {@link SpiderTuning} ({@code tune}).
 */
class SpiderSliceTest {

    private static final double FAST_PATH_CONFIDENCE = 0.85;

    @Test
    void should_be_precise_above_the_fast_path_threshold_and_never_throw_on_a_spider_slice() throws Exception {
        Path spider = SharedData.require("spider").toAbsolutePath();
        SharedData.require("spider/train.jsonl");
        List<SpiderEvaluation.Outcome> outcomes = SpiderEvaluation.run(spider, id -> id % 20 == 0, 2);

        List<SpiderEvaluation.Outcome> answered = outcomes.stream()
                .filter(o -> o.sql() != null && o.confidence() >= FAST_PATH_CONFIDENCE).toList();
        long right = answered.stream().filter(SpiderEvaluation.Outcome::correct).count();
        long airplaneRight = outcomes.stream().filter(SpiderEvaluation.Outcome::correct).count();
        System.out.print(SpiderTuning.report(outcomes, FAST_PATH_CONFIDENCE));

        assertThat(outcomes).hasSize(350);
        assertThat(outcomes).noneMatch(o -> o.error() != null && o.error().startsWith("answerer threw"));
        assertThat(answered).hasSizeGreaterThanOrEqualTo(25);
        assertThat((double) right / answered.size()).as("fast-path precision").isGreaterThanOrEqualTo(0.9);
        assertThat((double) airplaneRight / outcomes.size()).as("airplane accuracy").isGreaterThanOrEqualTo(0.35);
    }
}
