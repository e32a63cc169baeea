package io.askdb.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.schema.CatalogLoader;
import io.askdb.sql.Dialect;
import io.askdb.testing.H2Databases;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ways people put questions that the offline reader once missed, on a small shop whose names
 * are folded to lowercase and glued as PostgreSQL shows SQL Server's (salesorderheader,
 * listprice, shiptoaddressid). Each reading is run and its rows compared with a query written by
 * hand; a customer called June and a view repeating the categories are there to mislead.
 */
class EverydayWordingTest {

    private static String url;
    private static OfflineAnswerer answerer;

    @BeforeAll
    static void createShop() throws Exception {
        url = H2Databases.create("PostgreSQL;DATABASE_TO_LOWER=TRUE",
                "CREATE TABLE productcategory (productcategoryid INT PRIMARY KEY, name VARCHAR(50) NOT NULL)",
                "CREATE TABLE product (productid INT PRIMARY KEY, name VARCHAR(50) NOT NULL, color VARCHAR(15),"
                        + " listprice DECIMAL(10,2) NOT NULL, standardcost DECIMAL(10,2) NOT NULL,"
                        + " sellstartdate DATE NOT NULL, discontinueddate DATE,"
                        + " productcategoryid INT REFERENCES productcategory(productcategoryid))",
                "CREATE TABLE customer (customerid INT PRIMARY KEY, firstname VARCHAR(50) NOT NULL,"
                        + " middlename VARCHAR(50), companyname VARCHAR(50) NOT NULL)",
                "CREATE TABLE address (addressid INT PRIMARY KEY, city VARCHAR(30) NOT NULL)",
                "CREATE TABLE salesorderheader (salesorderid INT PRIMARY KEY,"
                        + " customerid INT NOT NULL REFERENCES customer(customerid), orderdate DATE NOT NULL,"
                        + " billtoaddressid INT REFERENCES address(addressid), shiptoaddressid INT REFERENCES address(addressid),"
                        + " totaldue DECIMAL(10,2) NOT NULL, freight DECIMAL(10,2) NOT NULL)",
                "CREATE TABLE salesorderdetail (salesorderdetailid INT PRIMARY KEY,"
                        + " salesorderid INT NOT NULL REFERENCES salesorderheader(salesorderid),"
                        + " productid INT NOT NULL REFERENCES product(productid), orderqty INT NOT NULL)",
                "CREATE VIEW vcategories AS SELECT name AS productcategoryname FROM productcategory",
                "INSERT INTO productcategory VALUES (1, 'Helmets'), (2, 'Road Bikes')",
                "INSERT INTO product VALUES (1, 'Sport Helmet, Red', 'Red', 35, 13, '2005-07-01', NULL, 1),"
                        + " (2, 'Sport Helmet, Black', 'Black', 35, 20, '2005-07-01', NULL, 1),"
                        + " (3, 'Road-150 Red', 'Red', 3500, 2200, '2006-07-01', '2007-01-01', 2),"
                        + " (4, 'Road-750 Black', 'Black', 540, 340, '2007-07-01', NULL, 2),"
                        + " (5, 'Patch Kit', NULL, 2, 1, '2005-07-01', NULL, NULL)",
                "INSERT INTO customer VALUES (1, 'June', NULL, 'Bike World'), (2, 'Ada', 'M.', 'Fast Wheels'),"
                        + " (3, 'Ben', NULL, 'Trail Shop'), (4, 'Cara', 'J.', 'Hill Riders')",
                "INSERT INTO address VALUES (1, 'London'), (2, 'Toronto')",
                "INSERT INTO salesorderheader VALUES (10, 1, '2008-06-01', 2, 1, 120, 8), (11, 2, '2008-06-20', 1, 2, 4000, 90),"
                        + " (12, 2, '2008-07-02', 1, 1, 75, 5), (13, 1, '2007-06-05', 2, 2, 540, 30)",
                "INSERT INTO salesorderdetail VALUES (1, 10, 1, 3), (2, 10, 2, 1), (3, 11, 3, 1), (4, 12, 1, 2),"
                        + " (5, 13, 4, 1), (6, 12, 2, 1)");
        try (Connection c = DriverManager.getConnection(url)) {
            var catalog = new CatalogLoader().load(c);
            answerer = new OfflineAnswerer(catalog, Dialect.H2, ValueIndex.build(c, catalog, Dialect.H2, ValueIndex.Limits.DEFAULT));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            How many red products are there?                                     | SELECT COUNT(*) FROM product WHERE color = 'Red'
            How many orders were placed in June 2008?                            | SELECT COUNT(*) FROM salesorderheader WHERE orderdate BETWEEN '2008-06-01' AND '2008-06-30'
            How many products started selling in 2005?                           | SELECT COUNT(*) FROM product WHERE YEAR(sellstartdate) = 2005
            Which products have a list price more than twice their standard cost? | SELECT name FROM product WHERE listprice > 2 * standardcost
            Products more expensive than the average product                     | SELECT name FROM product WHERE listprice > (SELECT AVG(listprice) FROM product)
            Products whose name contains Helmet                                  | SELECT name FROM product WHERE name LIKE '%Helmet%'
            How many customers have never placed an order?                       | SELECT COUNT(*) FROM customer WHERE customerid NOT IN (SELECT customerid FROM salesorderheader)
            What's the cheapest list price?                                      | SELECT MIN(listprice) FROM product
            When was the most recent order placed?                               | SELECT MAX(orderdate) FROM salesorderheader
            How many customers have a middle name?                               | SELECT COUNT(*) FROM customer WHERE middlename IS NOT NULL
            List the products in the Helmets category.                           | SELECT p.name FROM product p JOIN productcategory c ON p.productcategoryid = c.productcategoryid WHERE c.name = 'Helmets'
            How many products do we sell?                                        | SELECT COUNT(*) FROM product
            What is the sum of all order freights?                               | SELECT SUM(freight) FROM salesorderheader
            What is the total order freight?                                     | SELECT SUM(freight) FROM salesorderheader
            How many products have been discontinued?                            | SELECT COUNT(*) FROM product WHERE discontinueddate IS NOT NULL
            Which products were discontinued?                                    | SELECT name FROM product WHERE discontinueddate IS NOT NULL
            Which products have not been discontinued?                           | SELECT name FROM product WHERE discontinueddate IS NULL
            Products whose name contains the word 'Helmet'                       | SELECT name FROM product WHERE name LIKE '%Helmet%'
            How many customers have at least one order?                          | SELECT COUNT(DISTINCT customerid) FROM salesorderheader
            """)
    void should_read_the_question_as_people_mean_it(String question, String expected) throws Exception {
        List<Candidate> candidates = answerer.candidates(question);

        assertThat(candidates).as("a reading of '%s'", question).isNotEmpty();
        assertThat(rows(candidates.get(0).sql())).as(candidates.get(0).sql()).containsExactlyInAnyOrderElementsOf(rows(expected));
    }

    @Test
    void should_not_serve_a_listing_without_a_group_when_each_row_owns_a_total() {
        Candidate c = answerer.candidates("List the customers with their total order value.").get(0);

        if (!c.sql().toUpperCase(java.util.Locale.ROOT).contains("GROUP BY")) {
            assertThat(c.confidence()).as(c.sql()).isLessThan(io.askdb.config.PipelineSettings.DEFAULT_FAST_PATH_CONFIDENCE);
            assertThat(c.unplaced()).isNotEmpty();
        }
    }

    @Test
    void should_rank_products_by_their_total_quantity_when_asked_for_the_top_ones_by_quantity_sold() throws Exception {
        Candidate c = answerer.candidates("Top 2 products by quantity sold").get(0);

        assertThat(c.sql()).containsIgnoringCase("SUM(");
        assertThat(rows(c.sql())).containsExactly(List.of("Sport Helmet, Red"), List.of("Sport Helmet, Black"));
    }

    @Test
    void should_anchor_the_pattern_when_a_name_starts_or_ends_with_a_word() throws Exception {
        Candidate starts = answerer.candidates("Products whose name starts with Sport").get(0);
        Candidate ends = answerer.candidates("Products whose name ends with Red").get(0);
        Candidate contains = answerer.candidates("Products whose name contains Red").get(0);

        assertThat(starts.sql()).contains("LIKE 'Sport%'");
        assertThat(rows(starts.sql())).containsExactlyInAnyOrder(List.of("Sport Helmet, Red"), List.of("Sport Helmet, Black"));
        assertThat(ends.sql()).contains("LIKE '%Red'");
        assertThat(contains.sql()).contains("LIKE '%Red%'");
    }

    @Test
    void should_sort_rows_named_by_their_table_alone_when_asked_for_alphabetical_order() throws Exception {
        Candidate c = answerer.candidates("List all the product categories in alphabetic order.").get(0);

        assertThat(c.sql()).containsIgnoringCase("ORDER BY");
        assertThat(rows(c.sql())).containsExactly(List.of("Helmets"), List.of("Road Bikes"));
    }

    @Test
    void should_negate_the_value_not_empty_the_column_when_rows_do_not_have_it() throws Exception {
        Candidate c = answerer.candidates("Which products do not have the colour Red?").get(0);

        assertThat(c.sql()).doesNotContain("IS NULL");
        assertThat(rows(c.sql())).containsExactlyInAnyOrderElementsOf(rows("SELECT name FROM product WHERE color <> 'Red'"));
    }

    @Test
    void should_join_through_the_ship_to_address_when_asked_where_orders_were_shipped() throws Exception {
        Candidate shipped = answerer.candidates("Which orders were shipped to London?").get(0);
        Candidate billed = answerer.candidates("Which orders were billed to London?").get(0);

        assertThat(shipped.sql()).contains("shiptoaddressid").doesNotContain("billtoaddressid");
        assertThat(billed.sql()).contains("billtoaddressid").doesNotContain("shiptoaddressid");
    }

    @Test
    void should_not_serve_a_comparison_with_an_aggregate_that_has_a_filter_of_its_own() {
        List<Candidate> candidates = answerer.candidates(
                "Which products have a list price below the average list price of Red products?");

        // "of Red products" belongs to the subquery: no reading may compare with the average of all products.
        candidates.forEach(c -> assertThat(c.sql()).doesNotContain("(SELECT AVG"));
    }

    private static List<List<String>> rows(String sql) throws Exception {
        List<List<String>> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    row.add(v instanceof Number num ? new BigDecimal(num.toString()).stripTrailingZeros().toPlainString()
                            : Objects.toString(v));
                }
                out.add(row);
            }
        }
        return out;
    }
}
