package io.askdb.orchestration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {

    private final KnowledgeBase knowledge = new KnowledgeBase();

    private List<String> similar(String question, int limit) {
        return knowledge.similarExamples("db", question, limit).stream().map(KnowledgeBase.Example::question)
                .toList();
    }

    @Test
    void should_rank_by_shared_words_and_keep_the_older_of_equally_similar_examples_first() {
        knowledge.remember("db", "red products", "SELECT 1");
        knowledge.remember("db", "blue products", "SELECT 2");
        knowledge.remember("db", "red products by price", "SELECT 3");
        knowledge.remember("db", "customers in Paris", "SELECT 4");
        knowledge.remember("db", "green products", "SELECT 5");

        assertThat(similar("list red products", 3))
                .containsExactly("red products", "red products by price", "blue products");
        assertThat(similar("list red products", 10))
                .containsExactly("red products", "red products by price", "blue products", "green products");
        assertThat(similar("orders per month", 3)).isEmpty();
    }

    @Test
    void should_remember_a_question_once_whatever_its_case() {
        knowledge.remember("db", "Red products", "SELECT 1");
        knowledge.remember("db", "red PRODUCTS", "SELECT 2");

        assertThat(knowledge.examples("db")).extracting(KnowledgeBase.Example::sql).containsExactly("SELECT 1");
    }
}
