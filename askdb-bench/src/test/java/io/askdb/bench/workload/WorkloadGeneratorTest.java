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
}
