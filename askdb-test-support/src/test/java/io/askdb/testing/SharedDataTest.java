package io.askdb.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class SharedDataTest {

    private static final String ABSENT = "i20-no-such-data-set/none.jsonl";

    @Test
    void should_fail_not_skip_when_the_data_is_required_and_absent() {
        assertThatThrownBy(() -> SharedData.require(ABSENT, true))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(ABSENT)
                .hasMessageContaining("ASKDB_REQUIRE_SERVICES=1");
    }

    @Test
    void should_skip_when_the_data_is_absent_and_not_required() {
        assertThatThrownBy(() -> SharedData.require(ABSENT, false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("skipped");
    }

    @Test
    void should_find_nothing_for_an_absent_path() {
        assertThat(SharedData.find(ABSENT)).isEmpty();
    }
}
