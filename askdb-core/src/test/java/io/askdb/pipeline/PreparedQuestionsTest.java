package io.askdb.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PreparedQuestionsTest {

    private final PreparedQuestions questions =
            new PreparedQuestions(new QuestionScreen(1000), q -> q.toLowerCase(Locale.ROOT));

    @Test
    void should_remember_a_bounded_number_of_questions_when_every_question_is_new() {
        for (int n = 0; n < 5_000; n++) {
            questions.prepare("How many products have a list price above " + n + "?");
        }

        assertThat(questions.remembered()).isLessThanOrEqualTo(PreparedQuestions.MAX_REMEMBERED);
        assertThat(PreparedQuestions.MAX_REMEMBERED).isLessThanOrEqualTo(1_000);
    }

    @Test
    void should_give_a_repeated_question_the_same_preparation() {
        PreparedQuestions.Prepared first = questions.prepare("How many products are red?");

        assertThat(questions.prepare("How many products are red?")).isSameAs(first);
        assertThat(first.normalized()).isEqualTo("how many products are red?");
    }
}
