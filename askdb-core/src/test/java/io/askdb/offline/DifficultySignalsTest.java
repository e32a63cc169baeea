package io.askdb.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.config.PipelineSettings;
import io.askdb.llm.ComplexityAnalyzer;
import io.askdb.llm.Difficulty;
import io.askdb.schema.CatalogLoader;
import io.askdb.sql.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each input of the routing's difficulty estimate on real questions over a real schema (the small
 * AdventureWorksLT-shaped shop in H2): the signal is read where the question has it and not where
 * it does not, and the shipped estimate sends plain questions to the default model and hard ones to
 * the complex model, naming why.
 */
class DifficultySignalsTest {

    private static final double THRESHOLD = PipelineSettings.DEFAULT_COMPLEXITY_THRESHOLD;
    private static final int SELECTED = 8;
    private static final ComplexityAnalyzer KEYWORDS = new ComplexityAnalyzer();

    private static ShopDatabase shop;

    @BeforeAll
    static void open() throws Exception {
        shop = new ShopDatabase("difficulty");
    }

    @AfterAll
    static void close() throws Exception {
        shop.close();
    }

    private static double signal(String question, String name) {
        return shop.answerer.signals(question, SELECTED, KEYWORDS.analyze(question)).values().get(name);
    }

    private static Difficulty estimate(String question) {
        return shop.answerer.difficulty(question, SELECTED, KEYWORDS.analyze(question));
    }

    @Test
    void should_count_the_tables_a_question_links_and_how_far_apart_they_are_on_the_keys() {
        String question = "Which customers ordered products in the Helmets category?";

        assertThat(signal(question, "tables")).isEqualTo(5);
        assertThat(signal(question, "keyDistance")).isEqualTo(4);
        assertThat(signal("Which products have never been ordered?", "tables")).as("the NOT EXISTS table").isEqualTo(2);
        assertThat(signal("How many customers are there?", "tables")).isEqualTo(1);
        assertThat(signal("How many customers are there?", "keyDistance")).isZero();
    }

    @Test
    void should_see_grouping_with_ranking() {
        assertThat(signal("Which category has the most products?", "groupRank")).isEqualTo(1);
        assertThat(signal("top 3 customers by number of orders", "groupRank")).isEqualTo(1);
        assertThat(signal("What are the 5 most expensive products?", "groupRank")).isZero();
    }

    @Test
    void should_see_a_comparison_with_an_aggregate() {
        assertThat(signal("Which products are priced above the average list price?", "aggregateComparison")).isEqualTo(1);
        assertThat(signal("Which customers have more than 2 orders?", "aggregateComparison")).isEqualTo(1);
        assertThat(signal("Which products cost more than 100?", "aggregateComparison")).isZero();
    }

    @Test
    void should_tell_a_negation_over_a_set_from_a_plain_inequality() {
        assertThat(signal("Which products have never been ordered?", "negationOverSet")).isEqualTo(1);
        assertThat(signal("Which products are not red?", "negationOverSet")).isZero();
    }

    @Test
    void should_see_set_operations() {
        assertThat(signal("Which products are both red and black?", "setOperation")).isEqualTo(1);
        assertThat(signal("Which customers live in London but not in Paris?", "setOperation")).isEqualTo(1);
        assertThat(signal("Which products are red and cost more than 100?", "setOperation")).isZero();
    }

    @Test
    void should_see_ratios_and_period_comparisons() {
        assertThat(signal("What percentage of orders come from London?", "ratio")).isEqualTo(1);
        assertThat(signal("Show the revenue year over year", "periodComparison")).isEqualTo(1);
        assertThat(signal("How did revenue change compared to last year?", "periodComparison")).isEqualTo(1);
        assertThat(signal("How many orders were placed in 2008?", "periodComparison")).isZero();
    }

    @Test
    void should_see_advanced_sql_asked_for_unless_it_is_a_column() throws Exception {
        assertThat(signal("Show the running total of order value by month", "advancedSql")).isEqualTo(1);
        assertThat(signal("How many customers are there?", "advancedSql")).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:players;DB_CLOSE_DELAY=-1");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE player (id INT PRIMARY KEY, name VARCHAR(20), rank INT)");
            OfflineAnswerer players = new OfflineAnswerer(new CatalogLoader().load(c), Dialect.H2);
            String question = "What is the rank of the player named Ann?";

            assertThat(players.signals(question, 1, KEYWORDS.analyze(question)).values().get("advancedSql")).isZero();
        }
    }

    @Test
    void should_not_read_a_column_named_share_as_a_ratio() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:browsers;DB_CLOSE_DELAY=-1");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE browser (id INT PRIMARY KEY, name VARCHAR(20), market_share DECIMAL(5,2))");
            OfflineAnswerer browsers = new OfflineAnswerer(new CatalogLoader().load(c), Dialect.H2);

            String question = "List the browsers by market share";
            assertThat(browsers.signals(question, 1, KEYWORDS.analyze(question)).values().get("ratio")).isZero();
        }
    }

    @Test
    void should_carry_the_reading_confidence_the_selection_size_and_the_keyword_score() {
        DifficultySignals plain = shop.answerer.signals("How many customers are there?", 3,
                KEYWORDS.analyze("How many customers are there?"));

        assertThat(plain.values().get("uncertainty")).isBetween(0.0, 0.2);
        assertThat(plain.values().get("selection")).isEqualTo(3);
        assertThat(plain.values().get("keywords")).isEqualTo(-0.5);
        assertThat(plain.values().get("words")).isEqualTo(5);
        assertThat(plain.values().keySet()).containsExactlyElementsOf(DifficultySignals.NAMES);
    }

    @Test
    void should_keep_plain_questions_on_the_default_model() {
        for (String question : new String[] {"How many customers are there?", "List the products",
                "Which products are not red?", "What is the average list price of products?"}) {
            assertThat(estimate(question).score()).as(question).isLessThan(THRESHOLD);
        }
    }

    @Test
    void should_send_hard_questions_to_the_complex_model_and_say_why() {
        Difficulty never = estimate("Which products have never been ordered?");
        Difficulty most = estimate("Which category has the most products?");
        Difficulty share = estimate("What percentage of orders come from London?");

        assertThat(never.score()).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(never.explained()).contains("negation over a set ('never') +").doesNotStartWith("base");
        assertThat(most.score()).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(most.explained()).startsWith("grouping with ranking +");
        assertThat(share.score()).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(share.explained()).contains("ratio or share ('percentage') +");
        double sum = never.parts().stream().mapToDouble(Difficulty.Part::points).sum();
        assertThat(sum).as("the parts add up to the score, base included").isCloseTo(never.score(),
                org.assertj.core.data.Offset.offset(1e-9));
    }
}
