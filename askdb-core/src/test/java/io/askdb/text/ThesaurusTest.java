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

    @Test
    void should_give_the_senses_just_above_and_below_a_noun_as_kin() {
        assertThat(Thesaurus.kin("chauffeur")).contains("driver");
        assertThat(Thesaurus.kin("airplane")).as("two steps up past a mere category").contains("aircraft");
        assertThat(Thesaurus.synonyms("family name")).contains("last name");
    }

    @Test
    void should_not_give_kin_through_a_broad_sense() {
        // "driver" is a kind of operator, a kind of person: "person" has hundreds of kinds and says nothing.
        assertThat(Thesaurus.kin("driver")).doesNotContain("person", "individual");
        assertThat(Thesaurus.kin("person")).doesNotContain("customer", "employee", "student");
        assertThat(Thesaurus.kin("qwxz")).isEmpty();
    }
}
