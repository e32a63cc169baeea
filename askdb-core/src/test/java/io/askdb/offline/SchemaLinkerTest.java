package io.askdb.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableId;
import io.askdb.schema.TableInfo;
import io.askdb.schema.linking.SchemaLinker;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaLinkerTest {

    private static final QuestionAnalyzer ANALYZER = new QuestionAnalyzer();

    /** The best link of each mention, as table or table.column, in question order. */
    private static List<String> links(SchemaCatalog catalog, String question) {
        SchemaLinker linker = new SchemaLinker(catalog, ValueIndex.empty());
        Question q = ANALYZER.analyze(question);
        return linker.link(q.tokens(), q::inCue).stream()
                .map(m -> m.links().get(0))
                .map(l -> l.table().name() + (l.column() == null ? "" : "." + l.column().name()))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "What is the list price of each product? | Product.ListPrice Product",
        "List all product categories | ProductCategory",
        "Show the names of product categories | ProductCategory.Name ProductCategory",
        "Which products are cheapest by list prices? | Product Product.ListPrice",
        "product colours | Product.Color",
    })
    void should_link_camel_case_names_when_question_uses_words(String question, String expected) {
        assertThat(links(Catalogs.shop(), question)).isEqualTo(List.of(expected.trim().split(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "What is the list price of products? | PRODUCT.LISTPRICE PRODUCT",
        "Show the product categories | PRODUCTCATEGORY",
        "Which product has the highest price? | PRODUCT PRODUCT.LISTPRICE",
    })
    void should_link_glued_upper_case_names_when_database_folded_them(String question, String expected) {
        TableInfo category = new TableInfo(new TableId("SALESLT", "PRODUCTCATEGORY"), false,
                List.of(Catalogs.key("PRODUCTCATEGORYID"), Catalogs.text("NAME")), List.of(), "");
        TableInfo product = new TableInfo(new TableId("SALESLT", "PRODUCT"), false,
                List.of(Catalogs.key("PRODUCTID"), Catalogs.text("NAME"), Catalogs.number("LISTPRICE")), List.of(), "");
        SchemaCatalog folded = new SchemaCatalog("H2", List.of(category, product), Instant.EPOCH);
        assertThat(links(folded, question)).isEqualTo(List.of(expected.trim().split(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "What are the first and last names of heads? | head.first_name head.last_name head",
        "How many heads of departments are older than 56? | head department",
        "Give the creation year of each department | department.creation_year department",
    })
    void should_link_snake_case_names_and_coordinated_words(String question, String expected) {
        TableInfo head = new TableInfo(new TableId("", "head"), false,
                List.of(Catalogs.key("head_id"), Catalogs.text("first_name"), Catalogs.text("last_name"),
                        Catalogs.number("age")), List.of(), "");
        TableInfo department = new TableInfo(new TableId("", "department"), false,
                List.of(Catalogs.key("department_id"), Catalogs.text("name"), Catalogs.number("creation_year")),
                List.of(), "");
        SchemaCatalog catalog = new SchemaCatalog("SQLite", List.of(head, department), Instant.EPOCH);
        assertThat(links(catalog, question)).isEqualTo(List.of(expected.trim().split(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "How many chauffeurs are there? | driver",
        "How many airplanes are there? | aircraft",
        "List the forename and family name of every driver | driver.first_name driver.last_name driver",
    })
    void should_link_a_word_of_wordnet_kin_when_the_schema_names_the_thing_otherwise(String question, String expected) {
        TableInfo driver = new TableInfo(new TableId("", "driver"), false,
                List.of(Catalogs.key("driver_id"), Catalogs.text("first_name"), Catalogs.text("last_name")),
                List.of(), "");
        TableInfo aircraft = new TableInfo(new TableId("", "aircraft"), false,
                List.of(Catalogs.key("aircraft_id"), Catalogs.text("model")), List.of(), "");
        SchemaCatalog catalog = new SchemaCatalog("SQLite", List.of(driver, aircraft), Instant.EPOCH);
        assertThat(links(catalog, question)).isEqualTo(List.of(expected.trim().split(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "How many drivers are there? | driver | 1.0",
        "How many chauffeurs are there? | driver | 0.6",
    })
    void should_score_a_kin_link_below_the_schema_word_itself(String question, String table, double score) {
        TableInfo driver = new TableInfo(new TableId("", "driver"), false,
                List.of(Catalogs.key("driver_id"), Catalogs.text("name")), List.of(), "");
        SchemaLinker linker = new SchemaLinker(new SchemaCatalog("SQLite", List.of(driver), Instant.EPOCH),
                ValueIndex.empty());
        Question q = ANALYZER.analyze(question);
        var link = linker.link(q.tokens(), q::inCue).get(0).links().get(0);
        assertThat(link.table().name()).isEqualTo(table);
        assertThat(link.score()).isCloseTo(score, org.assertj.core.data.Offset.offset(1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "How many enterprises are there? | company",
        "How many enterprises are in Spain? | company",
        "Which enterprises have the most employees? | company employee",
    })
    void should_link_a_noun_by_meaning_when_neither_names_nor_wordnet_place_it(String question, String expected) {
        // "enterprise" is no WordNet synonym or kin of "company"; the embeddings place it. "Spain" is a
        // name, left to the values, though its meaning is near the country column.
        TableInfo company = new TableInfo(new TableId("", "company"), false,
                List.of(Catalogs.key("company_id"), Catalogs.text("name"), Catalogs.text("country")), List.of(), "");
        TableInfo employee = new TableInfo(new TableId("", "employee"), false,
                List.of(Catalogs.key("employee_id"), Catalogs.text("name"), Catalogs.key("company_id")), List.of(), "");
        SchemaCatalog catalog = new SchemaCatalog("SQLite", List.of(company, employee), Instant.EPOCH);
        assertThat(links(catalog, question)).isEqualTo(List.of(expected.trim().split(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Find the number of different product types. | products.product_type_code",
        "How many document types are there? | ref_document_types",
    })
    void should_link_a_type_to_its_plain_code_column_but_leave_a_key_code_to_its_table(String question, String expected) {
        // products.product_type_code stores the type itself; ref_document_types is the table of types,
        // whose key code is only how others refer to a type.
        TableInfo products = new TableInfo(new TableId("", "products"), false,
                List.of(Catalogs.key("product_id"), Catalogs.text("product_type_code"), Catalogs.number("product_price")),
                List.of(), "");
        TableInfo types = new TableInfo(new TableId("", "ref_document_types"), false,
                List.of(Catalogs.key("document_type_code"), Catalogs.text("document_type_description")), List.of(), "");
        SchemaCatalog catalog = new SchemaCatalog("SQLite", List.of(products, types), Instant.EPOCH);
        assertThat(links(catalog, question)).isEqualTo(List.of(expected.trim().split(" ")));
    }
}
