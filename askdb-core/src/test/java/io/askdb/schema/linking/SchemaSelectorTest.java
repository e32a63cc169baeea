package io.askdb.schema.linking;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.ForeignKeyInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableId;
import io.askdb.schema.TableInfo;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaSelectorTest {

    private static TableInfo table(String name, List<ForeignKeyInfo> fks, String... columns) {
        List<ColumnInfo> cols = new ArrayList<>();
        cols.add(new ColumnInfo("id", "int", Types.INTEGER, 10, false, true, ""));
        for (String c : columns) {
            cols.add(new ColumnInfo(c, "varchar", Types.VARCHAR, 50, true, false, ""));
        }
        return new TableInfo(new TableId("app", name), false, cols, fks, "");
    }

    @Test
    void should_send_a_small_schema_whole() {
        SchemaCatalog catalog = new SchemaCatalog("H2", List.of(table("a", List.of()), table("b", List.of())),
                Instant.EPOCH);

        assertThat(SchemaSelector.select(catalog, "anything")).hasSize(2);
    }

    @Test
    void should_pick_matching_tables_and_their_join_neighbours_from_a_large_schema() {
        List<TableInfo> tables = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tables.add(table("filler_" + i, List.of(), "note_" + i));
        }
        tables.add(table("Customer", List.of(), "FirstName", "City"));
        tables.add(table("SalesOrder", List.of(new ForeignKeyInfo("fk", new TableId("app", "SalesOrder"),
                List.of("customer_id"), new TableId("app", "Customer"), List.of("id"))), "TotalDue"));
        tables.add(table("OrderLine", List.of(new ForeignKeyInfo("fk2", new TableId("app", "OrderLine"),
                List.of("order_id"), new TableId("app", "SalesOrder"), List.of("id"))), "Qty"));
        SchemaCatalog catalog = new SchemaCatalog("H2", tables, Instant.EPOCH);

        List<TableInfo> chosen = SchemaSelector.select(catalog, "Which customers live in a city?");

        assertThat(chosen).extracting(TableInfo::name).contains("Customer").doesNotContain("filler_1", "filler_2");
        assertThat(chosen.size()).isLessThanOrEqualTo(10);

        // Two matching tables bring the table their join passes through.
        SchemaSelector.Selection joined = SchemaSelector.choose(catalog, "Total qty of the lines per customer city");
        assertThat(joined.detailed()).extracting(TableInfo::name).contains("Customer", "OrderLine", "SalesOrder")
                .doesNotContain("filler_1");
    }

    @Test
    void should_split_camel_and_snake_case_names_into_words() {
        assertThat(SchemaSelector.words("SalesOrderHeader order_date")).contains("sale", "order", "header", "date");
    }

    @Test
    void should_list_the_join_partners_of_a_table_shown_in_full() {
        List<TableInfo> tables = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tables.add(table("filler_" + i, List.of(), "note_" + i));
        }
        tables.add(table("Faculty", List.of(), "Lname", "Rank"));
        tables.add(table("Student", List.of(new ForeignKeyInfo("fk", new TableId("app", "Student"),
                List.of("Advisor"), new TableId("app", "Faculty"), List.of("id"))), "Advisor", "Major"));
        SchemaCatalog catalog = new SchemaCatalog("H2", tables, Instant.EPOCH);

        SchemaSelector.Selection chosen = SchemaSelector.choose(catalog, "Show the majors of students");

        // Faculty is named by no word of the question, only by the key Student.Advisor points with.
        assertThat(chosen.detailed()).extracting(TableInfo::name).contains("Student");
        assertThat(chosen.listed()).extracting(TableInfo::name).contains("Faculty");
    }

    @Test
    void should_match_another_form_of_a_tables_word() {
        List<TableInfo> tables = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tables.add(table("filler_" + i, List.of(), "note_" + i));
        }
        tables.add(table("Allergy_Type", List.of(), "Allergy", "AllergyType"));
        SchemaCatalog catalog = new SchemaCatalog("H2", tables, Instant.EPOCH);

        assertThat(SchemaSelector.select(catalog, "Which students are allergic?")).extracting(TableInfo::name)
                .first().isEqualTo("Allergy_Type");
        assertThat(SchemaSelector.sameStem("allergic", "allergy")).isTrue();
        assertThat(SchemaSelector.sameStem("enrolled", "enrollment")).isTrue();
        assertThat(SchemaSelector.sameStem("student", "studio")).isFalse();
        assertThat(SchemaSelector.sameStem("name", "names")).isFalse();
    }
}
