package io.askdb.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoostedTreesTest {

    private static final List<BoostedTrees.Tree> TREES = List.of(
            new BoostedTrees.Split(0, 1.5,
                    new BoostedTrees.Split(1, 0.5, new BoostedTrees.Leaf(-1.0), new BoostedTrees.Leaf(0.5)),
                    new BoostedTrees.Leaf(2.0)),
            new BoostedTrees.Leaf(0.25));

    @Test
    void should_sum_the_leaf_each_tree_reaches_when_read_back_from_its_text() {
        BoostedTrees model = BoostedTrees.parse(BoostedTrees.format(TREES, 2.0, -0.5, "test model").lines().toList());

        assertThat(model.margin(new double[] {1, 0})).isEqualTo(-0.75);
        assertThat(model.margin(new double[] {1, 1})).isEqualTo(0.75);
        assertThat(model.margin(new double[] {3, 0})).isEqualTo(2.25);
        assertThat(model.probability(new double[] {3, 0})).isCloseTo(1 / (1 + Math.exp(-(2.0 * 2.25 - 0.5))),
                org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void should_fit_trees_that_separate_a_rule_the_signals_hold() {
        double[][] x = new double[400][];
        boolean[] y = new boolean[400];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {i % 4, i % 7};
            y[i] = i % 4 >= 2 && i % 7 != 0; // an interaction a single linear weight cannot express
        }
        List<BoostedTrees.Tree> trees = new GradientBoosting(new GradientBoosting.Settings(40, 3, 0.3, 5, 1.0)).fit(x, y);
        for (int i = 0; i < x.length; i++) {
            assertThat(GradientBoosting.margin(trees, x[i]) > 0).as("row %d", i).isEqualTo(y[i]);
        }
    }

    @Test
    void should_name_the_line_when_model_text_is_malformed() {
        assertThatThrownBy(() -> BoostedTrees.parse(List.of("calibration 1 0", "tree", "branch 1 2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("branch 1 2");
    }

    @Test
    void should_load_the_shipped_confidence_model() {
        Features features = new Features("count", 0, 0, 0, 0, 0, 1.0, true, false, 1, 5, false, 0,
                false, 1.0, 0, 0, false, false, 0, 0, false, false, false, false, 3);
        assertThat(ConfidenceModel.confidence(features)).isGreaterThan(0.85);
    }
}
