package io.askdb.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThesaurusTest {

    @Test
    void should_give_wordnet_synonyms_of_a_noun_when_people_use_another_word_than_the_schema() {
        assertThat(Thesaurus.synonyms("client")).contains("customer");
        assertThat(Thesaurus.synonyms("surname")).contains("last name");
        assertThat(Thesaurus.synonyms("vocalist")).contains("singer");
    }

    @Test
    void should_give_nothing_when_the_word_is_not_a_wordnet_noun() {
        assertThat(Thesaurus.synonyms("qwxz")).isEmpty();
        assertThat(Thesaurus.synonyms("of")).isEmpty();
    }
}
