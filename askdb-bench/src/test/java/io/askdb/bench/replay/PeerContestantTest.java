package io.askdb.bench.replay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeerContestantTest {

    @Test
    void should_take_the_sql_from_the_retrievers_result_when_the_sql_ends_in_a_quote() {
        String content = "Result of executing 'SELECT Name FROM SalesLT.Product WHERE Color = 'Red'':\nName\nBike\n";

        assertThat(PeerContestant.sqlOf(content)).contains("SELECT Name FROM SalesLT.Product WHERE Color = 'Red'");
    }

    @Test
    void should_find_no_sql_when_the_retriever_returned_nothing() {
        assertThat(PeerContestant.sqlOf("")).isEmpty();
    }
}
