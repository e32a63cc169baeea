package io.askdb.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

    @ParameterizedTest(name = "[{index}] {0} ~ {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            how many *                | how many customers are there    | true
            *customers*               | how many customers are there    | true
            *CUSTOMERS*               | how many customers are there    | true
            how many ?ustomers*       | how many customers are there    | true
            how many                  | how many customers are there    | false
            *products*                | how many customers are there    | false
            *                         | anything at all                 | true
            list 'Road Bike'*         | list 'road bike' products       | true
            a*b*c                     | axxbyyc                         | true
            a*b*c                     | axxbyy                          | false
            .*                        | anything                        | false
            """)
    void should_match_like_a_shell_glob_ignoring_case(String pattern, String text, boolean expected) {
        assertThat(Glob.of(pattern).matches(text)).isEqualTo(expected);
    }

    @Test
    void should_give_up_quickly_on_a_pattern_full_of_stars() {
        String text = "a".repeat(2000);
        String pattern = "*a".repeat(40) + "*b";

        assertThat(Glob.of(pattern).matches(text)).isFalse();
    }
}
