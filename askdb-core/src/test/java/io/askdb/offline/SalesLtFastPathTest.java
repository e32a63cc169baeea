package io.askdb.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.AskDb;
import io.askdb.config.DatabaseSettings;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.api.TierName;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Typical questions on the embedded SalesLT sample answered by the fast path at the default
 * threshold, checked by their rows against SQL written by hand. Rows compare as multisets, each
 * row as the multiset of its values (column order carries no meaning in a question).
 */
class SalesLtFastPathTest {

    private static AskDb askdb;

    @BeforeAll
    static void open() {
        askdb = AskDb.builder().build();
    }

    @AfterAll
    static void close() {
        askdb.close();
    }

    static Stream<Arguments> questions() {
        return Stream.of(
                Arguments.of("how many products are there", "SELECT COUNT(*) FROM SalesLT.Product"),
                Arguments.of("how many customers are there", "SELECT COUNT(*) FROM SalesLT.Customer"),
                Arguments.of("how many product categories are there", "SELECT COUNT(*) FROM SalesLT.ProductCategory"),
                Arguments.of("how many product models are there", "SELECT COUNT(*) FROM SalesLT.ProductModel"),
                Arguments.of("how many orders are there", "SELECT COUNT(*) FROM SalesLT.SalesOrderHeader"),
                Arguments.of("how many addresses are there", "SELECT COUNT(*) FROM SalesLT.Address"),
                Arguments.of("list all product categories", "SELECT pc.Name FROM SalesLT.ProductCategory pc"),
                Arguments.of("list all product models", "SELECT m.Name FROM SalesLT.ProductModel m"),
                Arguments.of("list the cities of all addresses", "SELECT a.City FROM SalesLT.Address a"),
                Arguments.of("top 5 products by list price",
                        "SELECT p.Name FROM SalesLT.Product p WHERE p.ListPrice >= "
                                + "(SELECT MIN(ListPrice) FROM (SELECT TOP 5 ListPrice FROM SalesLT.Product ORDER BY ListPrice DESC) t)"),
                Arguments.of("top 3 products by weight",
                        "SELECT p.Name FROM SalesLT.Product p WHERE p.Weight >= "
                                + "(SELECT MIN(Weight) FROM (SELECT TOP 3 Weight FROM SalesLT.Product WHERE Weight IS NOT NULL ORDER BY Weight DESC) t)"),
                Arguments.of("products of color red", "SELECT Name FROM SalesLT.Product WHERE Color = 'Red'"),
                Arguments.of("list the products whose color is black", "SELECT Name FROM SalesLT.Product WHERE Color = 'Black'"),
                Arguments.of("how many products are red", "SELECT COUNT(*) FROM SalesLT.Product WHERE Color = 'Red'"),
                Arguments.of("how many products are black", "SELECT COUNT(*) FROM SalesLT.Product WHERE Color = 'Black'"),
                Arguments.of("count the products of size 56", "SELECT COUNT(*) FROM SalesLT.Product WHERE Size = '56'"),
                Arguments.of("what is the average list price of products", "SELECT AVG(ListPrice) FROM SalesLT.Product"),
                Arguments.of("what is the maximum list price of products", "SELECT MAX(ListPrice) FROM SalesLT.Product"),
                Arguments.of("what is the minimum list price of products", "SELECT MIN(ListPrice) FROM SalesLT.Product"),
                Arguments.of("what is the total list price of all products", "SELECT SUM(ListPrice) FROM SalesLT.Product"),
                Arguments.of("what is the average standard cost of products", "SELECT AVG(StandardCost) FROM SalesLT.Product"),
                Arguments.of("what is the average weight of products", "SELECT AVG(Weight) FROM SalesLT.Product"),
                Arguments.of("which product has the highest list price",
                        "SELECT Name FROM SalesLT.Product WHERE ListPrice = (SELECT MAX(ListPrice) FROM SalesLT.Product)"),
                Arguments.of("which product has the lowest list price",
                        "SELECT Name FROM SalesLT.Product WHERE ListPrice = (SELECT MIN(ListPrice) FROM SalesLT.Product)"),
                Arguments.of("list products with list price above 1000", "SELECT Name FROM SalesLT.Product WHERE ListPrice > 1000"),
                Arguments.of("how many products have a list price over 1000",
                        "SELECT COUNT(*) FROM SalesLT.Product WHERE ListPrice > 1000"),
                Arguments.of("how many products have a list price below 100",
                        "SELECT COUNT(*) FROM SalesLT.Product WHERE ListPrice < 100"),
                Arguments.of("what are the distinct colors of products", "SELECT DISTINCT Color FROM SalesLT.Product"),
                Arguments.of("how many distinct colors are there", "SELECT COUNT(DISTINCT Color) FROM SalesLT.Product"),
                Arguments.of("which cities have the most addresses",
                        "SELECT City FROM SalesLT.Address GROUP BY City HAVING COUNT(*) = "
                                + "(SELECT MAX(n) FROM (SELECT COUNT(*) n FROM SalesLT.Address GROUP BY City) t)"),
                Arguments.of("products ordered by list price descending", "SELECT Name FROM SalesLT.Product"),
                Arguments.of("how many addresses are in the state California",
                        "SELECT COUNT(*) FROM SalesLT.Address WHERE StateProvince = 'California'"),
                Arguments.of("how many customers have the title Mr.", "SELECT COUNT(*) FROM SalesLT.Customer WHERE Title = 'Mr.'"),
                // "cost" as a verb asks the price, though the table also has a cost column.
                Arguments.of("How much does Chain cost?", "SELECT ListPrice FROM SalesLT.Product WHERE Name = 'Chain'"),
                Arguments.of("How much does Patch Kit cost?", "SELECT ListPrice FROM SalesLT.Product WHERE Name = 'Patch Kit'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void should_answer_on_the_fast_path_with_the_rows_of_the_hand_written_sql_when_asked_a_typical_question(
            String question, String gold) throws Exception {
        QueryResponse r = askdb.ask(QueryRequest.of(question).withNoCache(true));

        assertThat(r.success()).as(String.valueOf(r.error())).isTrue();
        assertThat(r.tier()).as(r.sql()).isEqualTo(TierName.FAST_PATH);
        List<List<String>> expected = rows(gold);
        assertThat(expected).isNotEmpty();
        List<List<String>> actual = normalized(r.rows());
        int cap = topN(question);
        if (cap > 0) {
            // Rows tied at the cut may come in any choice: the right number, each among the tied.
            assertThat(actual).as(r.sql()).hasSize(Math.min(cap, expected.size()));
            assertThat(expected).as(r.sql()).containsAll(actual);
        } else {
            assertThat(actual).as(r.sql()).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /** The rows a top-N question asks for ("top 5": 5; "which ... highest": 1), 0 when it asks for all. */
    private static int topN(String question) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("top (\\d+)").matcher(question);
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        return question.startsWith("which") && question.matches(".*(highest|lowest|most).*") ? 1 : 0;
    }

    /** For a top-N question the hand-written SQL returns every row tied at the cut. */
    private static List<List<String>> rows(String sql) throws Exception {
        List<List<Object>> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(DatabaseSettings.SAMPLE_URL);
                Statement s = c.createStatement();
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
            values.sort(null);
            out.add(values);
        }
        return out;
    }
}
