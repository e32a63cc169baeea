package io.askdb.bench.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GradientBoostingTest {

    @Test
    void should_fit_trees_that_separate_a_rule_the_signals_hold() {
        double[][] x = new double[400][];
        boolean[] y = new boolean[400];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {i % 4, i % 7};
            y[i] = i % 4 >= 2 && i % 7 != 0; // an interaction a single linear weight cannot express
        }
        List<FittedTrees.Tree> trees = new GradientBoosting(new GradientBoosting.Settings(40, 3, 0.3, 5, 1.0)).fit(x, y);
        for (int i = 0; i < x.length; i++) {
            assertThat(GradientBoosting.margin(trees, x[i]) > 0).as("row %d", i).isEqualTo(y[i]);
        }
    }

    @Test
    void should_write_each_tree_in_pre_order_in_the_text_core_reads() {
        List<FittedTrees.Tree> trees = List.of(
                new FittedTrees.Split(0, 1.5,
                        new FittedTrees.Split(1, 0.5, new FittedTrees.Leaf(-1.0), new FittedTrees.Leaf(0.5)),
                        new FittedTrees.Leaf(2.0)),
                new FittedTrees.Leaf(0.25));

        assertThat(FittedTrees.format(trees, 2.0, -0.5, "test model").lines().toList()).containsExactly(
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
    }
}
