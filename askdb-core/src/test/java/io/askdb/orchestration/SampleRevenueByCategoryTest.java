package io.askdb.orchestration;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.AskDb;
import io.askdb.config.AskDbConfig;
import io.askdb.config.DatabaseSettings;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.api.TierName;
import io.askdb.testing.OpenAiStubServer;
import io.askdb.testing.OpenAiStubServer.Reply;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue acceptance on the embedded SalesLT sample: a revenue breakdown goes through the LLM tier in
 * at most two calls and returns the rows the correct SQL returns.
 */
class SampleRevenueByCategoryTest {

    private static final String QUESTION = "total revenue by product category for orders shipped in 2008";
    private static final String CORRECT = "SELECT pc.Name AS Category, SUM(d.LineTotal) AS Revenue "
            + "FROM SalesLT.SalesOrderDetail d "
            + "JOIN SalesLT.SalesOrderHeader h ON h.SalesOrderID = d.SalesOrderID "
            + "JOIN SalesLT.Product p ON p.ProductID = d.ProductID "
            + "JOIN SalesLT.ProductCategory pc ON pc.ProductCategoryID = p.ProductCategoryID "
            + "WHERE YEAR(h.ShipDate) = 2008 GROUP BY pc.Name";

    @Test
    void should_answer_revenue_by_category_through_the_llm_tier_in_at_most_two_calls() throws Exception {
        try (OpenAiStubServer stub = OpenAiStubServer.start()) {
            stub.otherwise(request -> request.body().contains(QUESTION)
                    ? Reply.chat("```sql\n" + CORRECT + "\n```", 1800, 90)
                    : Reply.status(404));
            AskDbConfig config = AskDbConfig.fromMap(Map.of("OPENAI_BASE_URL", stub.baseUrl(), "OPENAI_API_KEY", "k"));
            try (AskDb askdb = AskDb.builder().config(config).build()) {
                QueryResponse r = askdb.ask(QueryRequest.of(QUESTION));

                assertThat(r.success()).as(String.valueOf(r.error())).isTrue();
                assertThat(r.tier()).isEqualTo(TierName.ORCHESTRATION);
                assertThat(r.llmCalls()).isBetween(1, 2);
                assertThat(r.rows()).hasSizeGreaterThan(1).containsExactlyInAnyOrderElementsOf(expectedRows());
                assertThat(stub.lastRequest().body()).contains("SalesLT.ProductCategory").contains("LineTotal");
            }
        }
    }

    private static List<List<Object>> expectedRows() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(DatabaseSettings.SAMPLE_URL);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(CORRECT)) {
            while (rs.next()) {
                java.math.BigDecimal revenue = rs.getBigDecimal(2).stripTrailingZeros();
                rows.add(List.of(rs.getString(1), revenue.scale() < 0 ? revenue.setScale(0) : revenue));
            }
        }
        return rows;
    }
}
