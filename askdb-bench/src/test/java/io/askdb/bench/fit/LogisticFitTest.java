package io.askdb.bench.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LogisticFitTest {

    @Test
    void should_recover_the_weights_of_a_known_logistic_model() {
        Random random = new Random(7);
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            double a = random.nextGaussian();
            double b = random.nextInt(2);
            double p = 1 / (1 + Math.exp(-(2.0 * a - 1.5 * b + 0.5)));
            x.add(new double[] {a, b});
            y.add(random.nextDouble() < p);
        }

        double[] w = new LogisticFit(1e-6).fit(x, y);

        assertThat(w[0]).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat(w[1]).isCloseTo(-1.5, org.assertj.core.data.Offset.offset(0.1));
        assertThat(w[2]).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.1));
    }
}
