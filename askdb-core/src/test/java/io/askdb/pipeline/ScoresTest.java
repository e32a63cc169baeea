package io.askdb.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scores printed for people never read the same when they differ: "0.846, below the threshold 0.85". */
class ScoresTest {

    @ParameterizedTest(name = "{0} against {1} reads {2}")
    @CsvSource({
        "0.36, 0.85, 0.36",
        "0.8462, 0.85, 0.846",
        "0.85, 0.8462, 0.85",
        "0.849999, 0.85, 0.849999",
        "0.5, 0.85, 0.50",
        "0.85, 0.85, 0.85"
    })
    void should_print_enough_digits_to_tell_a_score_from_the_threshold(double value, double other, String shown) {
        assertThat(Scores.apart(value, other)).isEqualTo(shown);
    }
}
