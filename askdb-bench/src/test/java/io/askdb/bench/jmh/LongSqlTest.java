package io.askdb.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongSqlTest {

    @Test
    void should_be_exactly_two_hundred_lines_long() {
        assertThat(LongSql.twoHundredLines().split("\n")).hasSize(200);
    }
}
