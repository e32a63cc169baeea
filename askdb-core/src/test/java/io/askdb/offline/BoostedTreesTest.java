package io.askdb.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoostedTreesTest {

    /** Two trees as the fitting tool writes them: a split of a split, then a lone leaf. */
    private static final List<String> MODEL = List.of(
            "# test model",
            "calibration 2.000000 -0.500000",
            "tree",
            "split 0 1.500000",
            "split 1 0.500000",
            "leaf -1.000000",
            "leaf 0.500000",
            "leaf 2.000000",
            "tree",
            "leaf 0.250000");

    @Test
    void should_sum_the_leaf_each_tree_reaches_when_read_back_from_its_text() {
        BoostedTrees model = BoostedTrees.parse(MODEL);

        assertThat(model.margin(new double[] {1, 0})).isEqualTo(-0.75);
        assertThat(model.margin(new double[] {1, 1})).isEqualTo(0.75);
        assertThat(model.margin(new double[] {3, 0})).isEqualTo(2.25);
        assertThat(model.probability(new double[] {3, 0})).isCloseTo(1 / (1 + Math.exp(-(2.0 * 2.25 - 0.5))),
                org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void should_name_the_line_when_model_text_is_malformed() {
        assertThatThrownBy(() -> BoostedTrees.parse(List.of("calibration 1 0", "tree", "branch 1 2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("branch 1 2");
    }

    @Test
    void should_load_the_shipped_confidence_model() {
        Features features = new Features("count", 0, 0, 0, 0, 0, 1.0, true, false, 1, 5, false, 0,
                false, 1.0, 0, 0, false, false, 0, 0, false, false, false, false, 3, 0, 0, 1.0, 0, 1.0, 1.0, 0, false, false, false);
        assertThat(ConfidenceModel.confidence(features)).isGreaterThan(0.85);
    }

    @Test
    void should_doubt_a_reading_that_leaves_words_of_the_question_unexplained() {
        Features clean = new Features("list+where", 0, 0, 0, 0, 1, 1.0, true, false, 1, 9, false, 1,
                false, 1.0, 0, 0, false, false, 0, 0, false, false, false, false, 3, 0, 0, 1.0, 0, 1.0, 1.0, 0, false, false, false);
        Features halfRead = new Features("list+where", 3, 0, 0, 0, 1, 1.0, true, false, 1, 9, false, 1,
                false, 1.0, 0, 0, false, false, 0, 0, false, false, false, false, 3, 0, 3, 0.5, 0, 1.0, 1.0, 0, false, false, false);
        assertThat(ConfidenceModel.confidence(halfRead)).isLessThan(ConfidenceModel.confidence(clean) - 0.1);
    }

    @Test
    void should_cap_the_served_confidence_of_a_reading_that_dropped_a_clause() {
        Features dropped = new Features("count", 0, 0, 0, 0, 0, 1.0, true, false, 1, 5, false, 0,
                false, 1.0, 0, 0, false, false, 0, 0, false, false, false, false, 3, 1, 1, 1.0, 0, 1.0, 1.0, 0, false, false, false);
        double[] signals = ConfidenceModel.signals(dropped);
        assertThat(ConfidenceModel.droppedClauses(signals)).isEqualTo(1);
        assertThat(OfflineWorkbench.served(ConfidenceModel.droppedClauses(signals), 0.97))
                .isLessThan(io.askdb.config.PipelineSettings.DEFAULT_FAST_PATH_CONFIDENCE);
    }
}
