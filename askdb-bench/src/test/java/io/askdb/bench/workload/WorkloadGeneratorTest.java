package io.askdb.bench.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkloadGeneratorTest {

    /** Pools shaped like the sample's, without a database: three values a slot, one with a quote. */
    private static LiteralPools pools() {
        Map<String, List<String>> pools = new HashMap<>();
        for (String slot : LiteralPools.slotNames()) {
            pools.put(slot, List.of(slot + " one", slot + " two", slot + " o'three"));
        }
        pools.put("price", List.of("100", "500"));
        pools.put("n", List.of("3", "5"));
        pools.put("year", List.of("2008"));
        return new LiteralPools(pools);
    }

    private final WorkloadGenerator generator = new WorkloadGenerator(pools());

    @Test
    void should_give_the_same_stream_for_the_same_seed_and_another_for_another_seed() {
        assertThat(generator.generate(500, 1, 1.0).questions()).isEqualTo(generator.generate(500, 1, 1.0).questions());
        assertThat(generator.generate(500, 2, 1.0).questions()).isNotEqualTo(generator.generate(500, 1, 1.0).questions());
    }

    @Test
    void should_mix_simple_medium_and_complex_questions_seventy_twenty_ten() {
        Map<Hardness, Long> counts = generator.generate(10_000, 1, 1.0).byHardness();

        assertThat(counts.get(Hardness.SIMPLE) / 10_000.0).isCloseTo(0.70, within(0.02));
        assertThat(counts.get(Hardness.MEDIUM) / 10_000.0).isCloseTo(0.20, within(0.02));
        assertThat(counts.get(Hardness.COMPLEX) / 10_000.0).isCloseTo(0.10, within(0.02));
    }

    @Test
    void should_repeat_popular_questions_and_rephrase_some_of_them() {
        Workload workload = generator.generate(2_000, 1, 1.0);

        assertThat(workload.repeatedTextShare()).isBetween(0.3, 0.99);
        // Some questions mean what an earlier one meant in other words.
        assertThat(workload.repeatedIntentShare()).isGreaterThan(workload.repeatedTextShare());
        assertThat(workload.distinctQuestions()).isGreaterThan(100);
    }

    @Test
    void should_double_the_quotes_of_literals_in_the_gold_sql_but_not_in_the_question() {
        StreamQuestion quoted = generator.generate(5_000, 1, 1.0).questions().stream()
                .filter(q -> q.question().contains("o'three") && q.goldSql().contains("'"))
                .findFirst().orElseThrow();

        assertThat(quoted.goldSql()).contains("o''three").doesNotContain("o'three");
    }

    @Test
    void should_give_every_template_slot_a_pool_of_values() {
        for (QuestionTemplate template : WorkloadGenerator.templates()) {
            assertThat(LiteralPools.slotNames()).as(template.id()).containsAll(template.slots());
        }
    }

    @Test
    void should_give_one_gold_sql_to_each_question_text() {
        Workload workload = generator.generate(5_000, 3, 1.0);
        Map<String, String> gold = new HashMap<>();
        for (StreamQuestion q : workload.questions()) {
            assertThat(gold.putIfAbsent(q.question(), q.goldSql())).as(q.question()).isIn(null, q.goldSql());
        }
    }

    @Test
    void should_repeat_about_the_asked_share_word_for_word_and_ask_only_new_intents_otherwise() {
        Map<String, List<String>> many = new HashMap<>();
        for (String slot : LiteralPools.slotNames()) {
            many.put(slot, java.util.stream.IntStream.range(0, 100).mapToObj(i -> slot + " " + i).toList());
        }
        WorkloadGenerator large = new WorkloadGenerator(new LiteralPools(many));
        Workload none = large.generate(1_000, 1, 0.75, Phrasings.TEMPLATES, 0, gold -> true);
        Workload half = large.generate(2_000, 1, 0.75, Phrasings.TEMPLATES, 0.5, gold -> true);

        assertThat(none.repeatedIntentShare()).isZero();
        assertThat(half.repeatedTextShare()).isCloseTo(0.5, within(0.04));
        assertThat(half.repeatedIntentShare()).isEqualTo(half.repeatedTextShare());
    }

    @Test
    void should_never_ask_a_question_whose_gold_answer_is_rejected() {
        Workload workload = generator.generate(2_000, 1, 0.75, Phrasings.TEMPLATES, -1,
                gold -> !gold.contains("Color"));

        assertThat(workload.questions()).noneMatch(q -> q.goldSql().contains("Color"));
        assertThat(workload.questions()).hasSize(2_000);
    }

    @Test
    void should_ask_with_the_second_phrasing_set_the_same_intents_in_other_words() {
        Workload templates = generator.generate(1_000, 1, 0.75, Phrasings.TEMPLATES, -1, gold -> true);
        Workload people = generator.generate(1_000, 1, 0.75, Phrasings.PEOPLE, -1, gold -> true);

        assertThat(people.questions()).extracting(StreamQuestion::goldSql)
                .isEqualTo(templates.questions().stream().map(StreamQuestion::goldSql).toList());
        java.util.Set<String> templateTexts = new java.util.HashSet<>();
        templates.questions().forEach(q -> templateTexts.add(q.question().toLowerCase(java.util.Locale.ROOT)));
        long shared = people.questions().stream()
                .filter(q -> templateTexts.contains(q.question().toLowerCase(java.util.Locale.ROOT))).count();
        assertThat(shared).isZero();
        for (QuestionTemplate template : WorkloadGenerator.templates()) {
            assertThat(template.people()).as(template.id()).hasSizeGreaterThanOrEqualTo(2);
        }
    }
}
