package io.askdb.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.schema.TableId;
import io.askdb.schema.TableInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.sql.Dialect;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The answerer end to end on a real H2 database in MSSQLServer mode (upper-cased names, schema
 * SalesLT, TOP): each question's SQL is run and its rows compared, never only its text.
 */
class OfflineAnswererTest {

    private static ShopDatabase shop;

    @BeforeAll
    static void open() throws Exception {
        shop = new ShopDatabase("offline_answerer_test");
    }

    @AfterAll
    static void close() throws Exception {
        shop.close();
    }

    private static List<List<String>> answer(String question) throws Exception {
        List<Candidate> candidates = shop.answerer.candidates(question);
        assertThat(candidates).as("candidates for %s", question).isNotEmpty();
        return shop.rows(candidates.get(0).sql());
    }

    /** Rows written as "a,b;c,d"; order ignored unless the question orders. */
    private static List<List<String>> parse(String rows) {
        return java.util.Arrays.stream(rows.split(";")).map(r -> List.of(r.split(","))).toList();
    }

    /** An answerer over hand-built tables, writing SQLite's dialect, without a value index. */
    private static OfflineAnswerer sqliteAnswerer(TableInfo... tables) {
        return new OfflineAnswerer(new SchemaCatalog("H2", List.of(tables), java.time.Instant.EPOCH), Dialect.SQLITE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "How many products are there? | 6",
        "How many customers are there? | 3",
        "How many products are black? | 4",
        "What is the maximum list price? | 3578.27",
        "What is the average list price of products? | 1182.87166666666667",
        "List the names of all product categories. | Bikes;Helmets;Gloves",
        "List the first name and last name of all customers. | Orlando,Gee;Keith,Harris;Donna,Carreras",
        "What is the email address of Keith Harris? | keith0@example.com",
        "What are the product numbers of products cheaper than 30? | GL-H102-S;GL-H102-M",
        "List the names of products whose color is Black. | Road-150 Black, 44;Sport-100 Helmet, Black;Half-Finger Gloves, S;Half-Finger Gloves, M",
        "How many products are there in each product category? | Bikes,2;Gloves,2;Helmets,2",
        "List the cities of all addresses. | Seattle;Renton;London",
        "How many customers are in Seattle? | 1",
    })
    void should_return_the_right_rows_when_question_is_typical(String question, String expected) throws Exception {
        List<List<String>> rows = answer(question);
        List<List<String>> wanted = expected.contains(";") || !expected.contains(", ")
                ? parse(expected) : List.of(List.of(expected));
        if (expected.startsWith("Road-150 Black")) {
            wanted = java.util.Arrays.stream(expected.split(";")).map(List::of).toList();
        }
        assertThat(rows).containsExactlyInAnyOrderElementsOf(wanted);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Find the number of products in each product category. | 2,Bikes;2,Gloves;2,Helmets",
        "How many products are there in each product category? | Bikes,2;Gloves,2;Helmets,2",
    })
    void should_list_columns_in_the_order_asked_when_question_groups(String question, String expected)
            throws Exception {
        assertThat(answer(question)).containsExactlyInAnyOrderElementsOf(parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "What are the names of customers who have two or more orders? | HAVING COUNT(*) >= 2",
        "What are the names of customers who have made 3 or fewer orders? | HAVING COUNT(*) <= 3",
        "What are the names of customers with exactly one order? | HAVING COUNT(*) = 1",
    })
    void should_count_rows_per_group_when_a_number_with_or_more_or_exactly_comes_before_a_table(String question,
            String having) {
        TableId customerId = new TableId(null, "Customers");
        TableId orderId = new TableId(null, "Orders");
        TableInfo customers = new TableInfo(customerId, false,
                List.of(Catalogs.key("customer_id"), Catalogs.text("customer_name")), List.of(), "");
        TableInfo orders = new TableInfo(orderId, false,
                List.of(Catalogs.key("order_id"), Catalogs.number("customer_id")),
                List.of(new io.askdb.schema.ForeignKeyInfo("FK_Order_Customer", orderId, List.of("customer_id"),
                        customerId, List.of("customer_id"))), "");
        OfflineAnswerer answerer = sqliteAnswerer(customers, orders);
        String sql = answerer.candidates(question).get(0).sql();
        assertThat(sql).startsWith("SELECT T1.customer_name FROM Customers AS T1 JOIN Orders AS T2")
                .contains("GROUP BY T1.customer_id").endsWith(having).doesNotContain("WHERE");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Show all student ids who have at least two allergies. | HAVING COUNT(*) >= 2",
        "What are the ids of students who have more than one allergy? | HAVING COUNT(*) > 1",
    })
    void should_count_rows_when_a_number_comes_before_a_noun_linked_to_a_text_column(String question, String having) {
        TableId id = new TableId(null, "Has_Allergy");
        TableInfo allergies = new TableInfo(id, false,
                List.of(Catalogs.number("StuID"), Catalogs.text("Allergy")), List.of(), "");
        OfflineAnswerer answerer = sqliteAnswerer(allergies);
        String sql = answerer.candidates(question).get(0).sql();
        assertThat(sql).contains("GROUP BY StuID").endsWith(having).doesNotContain("WHERE");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Show all majors. | SELECT DISTINCT Major FROM Student",
        "Show the names of all students. | SELECT Name FROM Student",
        "How many majors are there? | SELECT COUNT(DISTINCT Major) FROM Student",
        "How many students are there? | SELECT COUNT(*) FROM Student",
    })
    void should_list_each_value_once_when_a_plain_column_is_asked_without_its_table(String question, String sql) {
        TableInfo students = new TableInfo(new TableId(null, "Student"), false,
                List.of(Catalogs.key("StuID"), Catalogs.text("Name"), Catalogs.text("Major")), List.of(), "");
        OfflineAnswerer answerer = sqliteAnswerer(students);
        assertThat(answerer.candidates(question).get(0).sql()).isEqualTo(sql);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "What are the ids of all aircrafts that fly more than 1000 distance? | SELECT aid FROM Aircraft WHERE distance > 1000",
        "Show the id and name of the aircraft with the maximum distance. | SELECT aid, name FROM Aircraft ORDER BY distance DESC LIMIT 1",
        "Which aircrafts fly between 100 and 300 distance? | SELECT name FROM Aircraft WHERE distance BETWEEN 100 AND 300",
        "Tell me the ages of the oldest and youngest students. | SELECT MAX(Age), MIN(Age) FROM Student",
        "What is the oldest age among the students? | SELECT MAX(Age) FROM Student",
        "List all campuses. | SELECT Campus FROM Campuses",
    })
    void should_read_keys_ranges_extremes_and_row_names_on_an_unseen_schema(String question, String sql) {
        TableInfo aircrafts = new TableInfo(new TableId(null, "Aircraft"), false,
                List.of(Catalogs.key("aid"), Catalogs.text("name"), Catalogs.number("distance")), List.of(), "");
        TableInfo students = new TableInfo(new TableId(null, "Student"), false,
                List.of(Catalogs.key("StuID"), Catalogs.text("LName"), Catalogs.number("Age")), List.of(), "");
        TableInfo campuses = new TableInfo(new TableId(null, "Campuses"), false,
                List.of(Catalogs.key("Id"), Catalogs.text("Campus"), Catalogs.text("Location")), List.of(), "");
        OfflineAnswerer answerer = sqliteAnswerer(aircrafts, students, campuses);
        assertThat(answerer.candidates(question).get(0).sql()).isEqualTo(sql);
    }

    @Test
    void should_read_male_and_female_as_the_codes_the_column_holds() throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:mem:codes;DATABASE_TO_UPPER=FALSE;DB_CLOSE_DELAY=-1");
                java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TABLE Student (StuID INT PRIMARY KEY, LName VARCHAR(20), Sex VARCHAR(1), Age INT)");
            st.execute("INSERT INTO Student VALUES (1, 'Smith', 'F', 18), (2, 'Kim', 'M', 20), (3, 'Lee', 'F', 22)");
            SchemaCatalog catalog = new io.askdb.schema.CatalogLoader().load(c);
            OfflineAnswerer answerer = new OfflineAnswerer(catalog, Dialect.SQLITE,
                    ValueIndex.build(c, catalog, Dialect.SQLITE, ValueIndex.Limits.DEFAULT));

            String sql = answerer.candidates("What is the average age of female students?").get(0).sql();

            assertThat(sql).isEqualTo("SELECT AVG(Age) FROM PUBLIC.Student WHERE Sex = 'F'");
            try (java.sql.ResultSet rs = st.executeQuery(sql)) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getDouble(1)).isEqualTo(20.0);
            }
        }
    }

    @Test
    void should_write_top_on_schema_qualified_tables_when_dialect_is_sql_server_mode() throws Exception {
        Candidate c = shop.answerer.candidates("What is the name of the most expensive product?").get(0);
        assertThat(c.sql()).startsWith("SELECT TOP 1 ").contains("FROM SALESLT.PRODUCT");
        assertThat(shop.rows(c.sql())).containsExactly(List.of("Road-150 Red, 62"));
    }

    @Test
    void should_order_and_cap_rows_when_asked_for_top_n_by_a_column() throws Exception {
        Candidate c = shop.answerer.candidates("What are the names of the 3 most expensive products?").get(0);
        List<List<String>> rows = shop.rows(c.sql());
        assertThat(rows).hasSize(3);
        assertThat(rows.subList(0, 2)).containsExactly(List.of("Road-150 Red, 62"), List.of("Road-150 Black, 44"));
    }

    @Test
    void should_write_limit_when_dialect_is_sqlite() {
        OfflineAnswerer sqlite = new OfflineAnswerer(shop.catalog, Dialect.SQLITE);
        assertThat(sqlite.candidates("What is the name of the most expensive product?").get(0).sql())
                .isEqualTo("SELECT NAME FROM SALESLT.PRODUCT ORDER BY LISTPRICE DESC LIMIT 1");
    }

    @Test
    void should_break_ties_by_the_shown_name_when_the_question_sizes_the_ranking() throws Exception {
        Candidate c = shop.answerer.candidates("What are the names of the 3 cheapest products?").get(0);

        assertThat(c.sql()).endsWith("ORDER BY LISTPRICE ASC, NAME ASC");
        assertThat(shop.rows(c.sql())).containsExactly(List.of("Half-Finger Gloves, M"),
                List.of("Half-Finger Gloves, S"), List.of("Sport-100 Helmet, Black"));
    }

    @Test
    void should_leave_ties_to_the_database_when_a_superlative_asks_for_the_one() {
        assertThat(shop.answerer.candidates("What is the name of the cheapest product?").get(0).sql())
                .endsWith("ORDER BY LISTPRICE ASC");
    }


    @Test
    void should_give_confidence_in_unit_interval_and_an_explanation() {
        Candidate c = shop.answerer.candidates("How many products are black?").get(0);
        assertThat(c.confidence()).isBetween(0.0, 1.0);
        assertThat(c.explanation()).contains("count").contains("PRODUCT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "???", "hello", "What is the meaning of life?", "'", "\"\"", "between and or not",
        "top 0 of the most 12 1999 'x' \"y\" > < = !=", "how many how many how many"})
    void should_never_throw_when_question_is_odd(String question) {
        List<Candidate> candidates = shop.answerer.candidates(question);
        assertThat(candidates).allSatisfy(c -> assertThat(c.confidence()).isBetween(0.0, 1.0));
    }

    @Test
    void should_suggest_questions_and_list_tables_from_the_schema() {
        List<String> suggestions = shop.answerer.suggestions();
        assertThat(suggestions).anyMatch(s -> s.startsWith("How many ") && s.contains("product"));
        assertThat(suggestions.get(suggestions.size() - 1)).startsWith("Tables: ").contains("SALESLT.PRODUCT");
    }
}
