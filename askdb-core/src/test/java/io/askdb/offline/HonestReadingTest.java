package io.askdb.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.AskDb;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.api.TierName;
import io.askdb.config.DatabaseSettings;
import io.askdb.config.PipelineSettings;
import io.askdb.schema.CatalogLoader;
import io.askdb.sql.Dialect;
import io.askdb.testing.H2Databases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failures a new user met with the offline reader, each pinned as a right answer or an honest
 * refusal: on a small SQLite library database written here, and on the embedded SalesLT sample.
 * Rows are checked against SQL written by hand; answers from the fast path or airplane mode carry
 * their confidence, and what the reading could not place.
 */
class HonestReadingTest {

    private static final double THRESHOLD = PipelineSettings.DEFAULT_FAST_PATH_CONFIDENCE;

    @TempDir
    static Path dir;

    private static String libraryUrl;
    private static AskDb library;
    private static AskDb sample;

    @BeforeAll
    static void open() throws Exception {
        libraryUrl = "jdbc:sqlite:" + dir.resolve("library.sqlite");
        try (Connection c = DriverManager.getConnection(libraryUrl); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE members (member_id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT)");
            s.execute("CREATE TABLE books (book_id INTEGER PRIMARY KEY, title TEXT NOT NULL, genre TEXT, price REAL)");
            s.execute("CREATE TABLE loans (loan_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(member_id),"
                    + " book_id INTEGER REFERENCES books(book_id), loan_date TEXT, return_date TEXT)");
            String[] names = {"Ada", "Ben", "Cara", "Dan", "Eve", "Finn"};
            for (int i = 0; i < names.length; i++) {
                s.execute("INSERT INTO members VALUES (" + (i + 1) + ", '" + names[i] + "', 'Leeds')");
            }
            String[] titles = {"Dune", "Emma", "Ulysses", "Beloved", "Hamlet"};
            for (int i = 0; i < titles.length; i++) {
                s.execute("INSERT INTO books VALUES (" + (i + 1) + ", '" + titles[i] + "', 'novel', " + (10 + i) + ")");
            }
            // Loans per member: Ada 1, Ben 2, Cara 4, Dan 3, Eve 0, Finn 5; Hamlet is never borrowed.
            int[] perMember = {1, 2, 4, 3, 0, 5};
            int id = 1;
            for (int m = 0; m < perMember.length; m++) {
                for (int k = 0; k < perMember[m]; k++) {
                    String returned = id % 3 == 0 ? "NULL" : "'2024-06-20'";
                    s.execute("INSERT INTO loans VALUES (" + id + ", " + (m + 1) + ", " + (id % 4 + 1)
                            + ", '2024-06-10', " + returned + ")");
                    id++;
                }
            }
        }
        library = H2Databases.askDb(libraryUrl);
        sample = AskDb.builder().build();
    }

    @AfterAll
    static void close() {
        library.close();
        sample.close();
    }

    private static QueryResponse ask(AskDb askdb, String question) {
        return askdb.ask(QueryRequest.of(question).withNoCache(true).withOffline(true));
    }

    @Test
    void should_rank_members_by_their_number_of_loans_when_asked_for_the_top_three() throws Exception {
        QueryResponse r = ask(library, "top 3 members by number of loans");

        assertThat(r.success()).as(String.valueOf(r.error())).isTrue();
        assertThat(r.sql()).containsIgnoringCase("GROUP BY").containsIgnoringCase("ORDER BY COUNT(*) DESC");
        assertThat(firstColumn(r)).containsExactly("Finn", "Cara", "Dan");
        assertConfidence(r);
    }

    @Test
    void should_keep_only_open_loans_when_asked_for_loans_not_returned() throws Exception {
        QueryResponse r = ask(library, "loans not returned");

        assertThat(r.success()).as(String.valueOf(r.error())).isTrue();
        assertThat(normalized(r.rows())).containsExactlyInAnyOrderElementsOf(
                rows(libraryUrl, "SELECT * FROM loans WHERE return_date IS NULL"));
        assertConfidence(r);
    }

    @Test
    void should_find_books_nobody_borrowed_when_asked_for_books_never_borrowed() throws Exception {
        QueryResponse r = ask(library, "books that have never been borrowed");

        assertThat(r.success()).as(String.valueOf(r.error())).isTrue();
        assertThat(r.sql()).contains("NOT EXISTS");
        assertThat(normalized(r.rows())).containsExactlyInAnyOrderElementsOf(rows(libraryUrl,
                "SELECT title FROM books b WHERE b.book_id NOT IN (SELECT book_id FROM loans)"));
    }

    @Test
    void should_find_members_with_no_loan_when_asked_for_members_without_loans() throws Exception {
        QueryResponse r = ask(library, "members without loans");

        assertThat(r.success()).as(String.valueOf(r.error())).isTrue();
        assertThat(firstColumn(r)).containsExactly("Eve");
    }

    @Test
    void should_group_cities_by_their_count_of_addresses_when_asked_for_the_top_five_cities() throws Exception {
        QueryResponse r = ask(sample, "top 5 cities by number of addresses");

        assertThat(r.success()).as(String.valueOf(r.error())).isTrue();
        assertThat(r.rows()).hasSize(5);
        // Ties at the cut may come in any choice: each city shown has at least the fifth-highest count.
        List<List<String>> counts = rows(DatabaseSettings.SAMPLE_URL,
                "SELECT City, COUNT(*) FROM SalesLT.Address GROUP BY City ORDER BY COUNT(*) DESC");
        long fifth = Long.parseLong(counts.get(4).get(0).matches("\\d+") ? counts.get(4).get(0) : counts.get(4).get(1));
        for (String city : firstColumn(r)) {
            assertThat(rows(DatabaseSettings.SAMPLE_URL,
                    "SELECT COUNT(*) FROM SalesLT.Address WHERE City = '" + city.replace("'", "''") + "'"))
                    .allSatisfy(row -> assertThat(Long.parseLong(row.get(0))).isGreaterThanOrEqualTo(fifth));
        }
    }

    @Test
    void should_never_sum_an_identifier_when_asked_for_total_sales_by_category() {
        QueryResponse r = ask(sample, "total sales by product category");

        if (r.success()) {
            assertThat(r.sql()).doesNotContainPattern("(?i)(SUM|AVG)\\([^)]*ID\\)");
            assertThat(r.confidence()).isLessThan(THRESHOLD);
        } else {
            assertThat(r.tier()).isNotEqualTo(TierName.FAST_PATH);
            assertThat(r.sql()).isNull();
        }
    }

    @Test
    void should_leave_out_products_with_orders_when_asked_for_products_never_ordered() throws Exception {
        QueryResponse r = ask(sample, "products that have never been ordered");

        assertThat(r.success()).as(String.valueOf(r.error())).isTrue();
        assertThat(normalized(r.rows())).containsExactlyInAnyOrderElementsOf(rows(DatabaseSettings.SAMPLE_URL,
                "SELECT Name FROM SalesLT.Product WHERE ProductID NOT IN (SELECT ProductID FROM SalesLT.SalesOrderDetail)"));
        assertConfidence(r);
    }

    @Test
    void should_keep_products_with_no_color_when_asked_with_the_british_spelling() throws Exception {
        QueryResponse r = ask(sample, "products without a colour");

        assertThat(r.success()).as(String.valueOf(r.error())).isTrue();
        assertThat(normalized(r.rows())).containsExactlyInAnyOrderElementsOf(rows(DatabaseSettings.SAMPLE_URL,
                "SELECT Name FROM SalesLT.Product WHERE Color IS NULL"));
    }

    @Test
    void should_name_the_month_it_could_not_place_and_stay_off_the_fast_path_when_a_time_qualifier_is_dropped() {
        QueryResponse r = ask(sample, "orders in June");

        assertThat(r.tier()).isNotEqualTo(TierName.FAST_PATH);
        if (r.success()) {
            assertThat(r.tier()).isEqualTo(TierName.AIRPLANE);
            assertThat(r.confidence()).isLessThan(THRESHOLD);
            assertThat(r.unplaced()).contains("June");
        }
    }

    @Test
    void should_lower_confidence_below_the_threshold_when_a_clause_or_negation_is_left_out() throws Exception {
        OfflineAnswerer answerer;
        try (Connection c = DriverManager.getConnection(libraryUrl)) {
            answerer = new OfflineAnswerer(new CatalogLoader().load(c), Dialect.SQLITE);
        }
        Candidate plain = answerer.candidates("list the names of all members").get(0);
        Candidate negated = answerer.candidates("list the names of all members who never complained").get(0);
        Candidate timed = answerer.candidates("list the names of all members in June").get(0);

        assertThat(plain.confidence()).isGreaterThanOrEqualTo(THRESHOLD);
        assertThat(negated.confidence()).isLessThan(THRESHOLD);
        assertThat(negated.unplaced()).contains("never");
        assertThat(negated.explanation()).contains("negation");
        assertThat(timed.confidence()).isLessThan(THRESHOLD);
        assertThat(timed.unplaced()).contains("June");
    }

    @Test
    void should_stay_off_the_fast_path_when_a_superlative_finds_no_column_to_order_by() throws Exception {
        OfflineAnswerer answerer;
        try (Connection c = DriverManager.getConnection(libraryUrl)) {
            answerer = new OfflineAnswerer(new CatalogLoader().load(c), Dialect.SQLITE);
        }
        // "shiniest" names nothing in the schema: a row cap without an order is not the question's ranking.
        Candidate unordered = answerer.candidates("list the 3 shiniest books").get(0);

        assertThat(unordered.confidence()).isLessThan(THRESHOLD);
        assertThat(unordered.explanation()).contains("ranking");
    }

    @Test
    void should_order_by_price_when_asked_for_the_priciest_products() {
        QueryResponse r = ask(sample, "List the 5 priciest products");

        assertThat(r.success()).isTrue();
        assertThat(r.sql()).contains("ORDER BY ListPrice DESC");
    }

    @Test
    void should_carry_confidence_on_fast_path_answers_and_none_on_other_tiers() {
        QueryResponse fast = sample.ask(QueryRequest.of("how many products are there").withNoCache(true));
        QueryResponse cached1 = sample.ask(QueryRequest.of("how many customers are there"));
        QueryResponse cached2 = sample.ask(QueryRequest.of("how many customers are there"));

        assertThat(fast.tier()).isEqualTo(TierName.FAST_PATH);
        assertThat(fast.confidence()).isBetween(THRESHOLD, 1.0);
        assertThat(fast.unplaced()).isEmpty();
        assertThat(cached1.tier()).isEqualTo(TierName.FAST_PATH);
        assertThat(cached2.tier()).isEqualTo(TierName.CACHE);
        assertThat(cached2.confidence()).isNull();
    }

    @Test
    void should_suggest_questions_in_words_when_the_schema_folded_its_names_to_lowercase() {
        String url = H2Databases.create("PostgreSQL",
                "CREATE TABLE customeraddress (customerid INT, addressid INT, addresstype VARCHAR(20))",
                "CREATE TABLE salesorderheader (salesorderid INT PRIMARY KEY, orderdate DATE, totaldue DECIMAL(10,2))");
        try (Connection c = DriverManager.getConnection(url)) {
            OfflineAnswerer answerer = new OfflineAnswerer(new CatalogLoader().load(c), Dialect.H2);
            assertThat(answerer.suggestions()).contains("How many customer addresses are there?")
                    .noneMatch(s -> s.contains("customeraddresses"));
            assertThat(answerer.candidates("How many sales orders are there?")).isNotEmpty()
                    .first().satisfies(cand -> assertThat(cand.sql()).containsIgnoringCase("salesorderheader"));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertConfidence(QueryResponse r) {
        assertThat(r.tier()).isIn(TierName.FAST_PATH, TierName.AIRPLANE);
        assertThat(r.confidence()).isNotNull().isBetween(0.0, 1.0);
        if (r.tier() == TierName.FAST_PATH) {
            assertThat(r.confidence()).isGreaterThanOrEqualTo(THRESHOLD);
        }
    }

    private static List<String> firstColumn(QueryResponse r) {
        return r.rows().stream().map(row -> Objects.toString(row.get(0))).toList();
    }

    private static List<List<String>> rows(String url, String sql) throws Exception {
        List<List<Object>> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                out.add(row);
            }
        }
        return normalized(out);
    }

    private static List<List<String>> normalized(List<List<Object>> rows) {
        List<List<String>> out = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            List<String> values = new ArrayList<>(row.size());
            for (Object v : row) {
                values.add(v instanceof Number n ? new BigDecimal(n.toString()).stripTrailingZeros().toPlainString()
                        : Objects.toString(v));
            }
            out.add(values);
        }
        return out;
    }
}
