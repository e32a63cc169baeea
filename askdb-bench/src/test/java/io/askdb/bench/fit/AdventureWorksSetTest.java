package io.askdb.bench.fit;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.offline.Candidate;
import io.askdb.offline.OfflineWorkbench;
import io.askdb.sql.Dialect;
import io.askdb.testing.ExternalServices;
import io.askdb.testing.SharedData;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * askdb's own AdventureWorksLT question set, read offline on Microsoft's rows in the local
 * PostgreSQL (the lowercase {@code saleslt} layout), in a database of the test's own that it
 * creates and drops. Asserts the floors of the issue that asked for the set: at least 60 % of the
 * questions right, and the fast path right on at least 90 % of those it answers. The reader was
 * tuned looking at this set's misses, so these figures are in-sample; the rules name no table of
 * it. The same floors hold on a second set written after that tuning. Also pins, on this layout,
 * the failures the issue named. Skips without PostgreSQL or the
 * shared data, and fails instead when ASKDB_REQUIRE_SERVICES=1.
 */
class AdventureWorksSetTest {

    private static final double FAST_PATH_CONFIDENCE = 0.85;

    private static String url;
    private static List<SpiderEvaluation.Outcome> outcomes;

    @BeforeAll
    static void loadAndAsk() throws Exception {
        ExternalServices.requirePostgres();
        Path csv = SharedData.require("adventureworkslt/csv");
        url = "jdbc:postgresql://127.0.0.1:5432/askdb_awlt_test_" + ProcessHandle.current().pid() + "?user=postgres";
        AdventureWorksSet.dropDatabase(url);
        AdventureWorksSet.load(url, csv);
        outcomes = AdventureWorksSet.run(url, AdventureWorksSet.questions());
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        if (url != null) {
            AdventureWorksSet.dropDatabase(url);
        }
    }

    @Test
    void should_answer_at_least_sixty_percent_of_the_set_right_and_the_fast_path_ninety_percent_of_its_answers() {
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(60);
        assertThat(outcomes).noneMatch(o -> o.error() != null && o.error().startsWith("answerer threw"));
        assertFloors("AdventureWorksLT set", outcomes, SpiderEvaluation.Outcome::strict, 15);
    }

    @Test
    void should_keep_the_floors_on_the_second_set_kept_out_of_the_tuning() throws Exception {
        List<SpiderEvaluation.Outcome> heldOut = AdventureWorksSet.run(url, AdventureWorksSet.questions(AdventureWorksSet.HELD_OUT));

        assertThat(heldOut).hasSizeGreaterThanOrEqualTo(40);
        // Judged as Spider's official metric judges (columns in any order): "number of addresses per
        // state" may list the count first. The tuned set above keeps the stricter judgement it began with.
        assertFloors("AdventureWorksLT held-out set", heldOut, SpiderEvaluation.Outcome::correct, 10);
    }

    /** The floors: 60 % of the set right, and 90 % of at least {@code fewestAnswers} fast-path answers. */
    private static void assertFloors(String set, List<SpiderEvaluation.Outcome> outcomes,
            java.util.function.Predicate<SpiderEvaluation.Outcome> right, int fewestAnswers) {
        long rightCount = outcomes.stream().filter(right).count();
        List<SpiderEvaluation.Outcome> fast = outcomes.stream()
                .filter(o -> o.sql() != null && o.confidence() >= FAST_PATH_CONFIDENCE).toList();
        long fastRight = fast.stream().filter(right).count();
        System.out.printf(Locale.ROOT, "%s: %d of %d right; fast path %d answered, %d right%n",
                set, rightCount, outcomes.size(), fast.size(), fastRight);

        assertThat((double) rightCount / outcomes.size()).as("share right").isGreaterThanOrEqualTo(0.60);
        assertThat(fast).as("fast path answers").hasSizeGreaterThanOrEqualTo(fewestAnswers);
        assertThat((double) fastRight / fast.size()).as("fast path precision").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void should_count_orders_on_the_fast_path_though_postgresql_folded_the_table_name() throws Exception {
        Candidate c = best("How many orders are there?");

        assertThat(c.confidence()).isGreaterThanOrEqualTo(FAST_PATH_CONFIDENCE);
        assertThat(rows(c.sql())).isEqualTo(rows("SELECT COUNT(*) FROM saleslt.salesorderheader"));
    }

    @Test
    void should_leave_out_ordered_products_when_asked_for_products_never_ordered() throws Exception {
        Candidate c = best("products that have never been ordered");

        assertThat(c.sql()).contains("NOT EXISTS");
        assertThat(rows(c.sql())).isEqualTo(rows(
                "SELECT name FROM saleslt.product WHERE productid NOT IN (SELECT productid FROM saleslt.salesorderdetail)"));
    }

    @Test
    void should_never_sum_an_identifier_when_asked_for_total_sales_by_product_category() throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            List<Candidate> candidates = OfflineWorkbench.open(c, Dialect.POSTGRESQL).candidates("total sales by product category");
            // Either no reading at all (an honest refusal) or one that measures something other than a key.
            candidates.forEach(cand -> assertThat(cand.sql()).doesNotContainPattern("(?i)(SUM|AVG)\\([^)]*id\\)"));
        }
    }

    @Test
    void should_rank_cities_by_their_count_of_addresses_with_sql_postgresql_accepts() throws Exception {
        Candidate c = best("top 5 cities by number of addresses");

        List<List<Object>> top = rows(c.sql());
        assertThat(top).hasSize(5);
        // The real rows tie at the fifth place: the first four are fixed.
        assertThat(top.subList(0, 4).stream().map(r -> r.get(0)).toList())
                .containsExactly("Toronto", "London", "Montreal", "Calgary");
    }

    @Test
    void should_read_a_month_of_a_year_as_dates_not_as_a_first_name() throws Exception {
        Candidate c = best("How many orders were placed in June 2008?");

        assertThat(c.sql()).doesNotContain("firstname");
        assertThat(rows(c.sql())).isEqualTo(rows("SELECT COUNT(*) FROM saleslt.salesorderheader"
                + " WHERE orderdate >= '2008-06-01' AND orderdate < '2008-07-01'"));
    }

    private static Candidate best(String question) throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            List<Candidate> candidates = OfflineWorkbench.open(c, Dialect.POSTGRESQL).candidates(question);
            assertThat(candidates).as("a reading of '%s'", question).isNotEmpty();
            return candidates.get(0);
        }
    }

    private static List<List<Object>> rows(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            return SpiderEvaluation.rows(c, sql);
        }
    }
}
