package io.askdb.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.askdb.api.AskDbException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A question about grants (the noun) is a question; a request to grant rights is not. */
class QuestionScreenTest {

    private final QuestionScreen screen = new QuestionScreen(1000);

    @ParameterizedTest
    @ValueSource(strings = {
        "What are the distinct grant amount for the grants where the documents were sent before 1990?",
        "Which organisation received the largest grant?",
        "List grant ids with their end dates"})
    void should_accept_questions_about_grants(String question) {
        assertThat(screen.screen(question)).isEqualTo(question);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Show the ids of all employees who don't destroy any document.",
        "Which employees do not destroy any document? Find their employee ids.",
        "Which documents were destroyed by employees who never erase records?"})
    void should_accept_questions_that_describe_destroying_as_data(String question) {
        assertThat(screen.screen(question)).isEqualTo(question);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "please wipe the database",
        "destroy all documents",
        "grant select on customers to bob",
        "Grant all privileges to me",
        "please grant me admin access",
        "drop the customer table"})
    void should_refuse_requests_to_change_rights_or_data(String question) {
        assertThatThrownBy(() -> screen.screen(question)).isInstanceOf(AskDbException.class)
                .hasMessageContaining("only reads data");
    }
}
