package io.askdb.schema.linking;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.ForeignKeyInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableId;
import io.askdb.schema.TableInfo;
import io.askdb.text.MeasureWords.Grain;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeasureReadingsTest {

    private static ColumnInfo money(String name) {
        return new ColumnInfo(name, "decimal", Types.DECIMAL, 10, true, false, "");
    }

    private static ColumnInfo date(String name) {
        return new ColumnInfo(name, "timestamp", Types.TIMESTAMP, 0, true, false, "");
    }

    private static ColumnInfo text(String name) {
        return new ColumnInfo(name, "varchar", Types.VARCHAR, 50, true, false, "");
    }

    private static TableInfo table(String name, List<ForeignKeyInfo> fks, ColumnInfo... columns) {
        List<ColumnInfo> cols = new ArrayList<>();
        cols.add(new ColumnInfo(name + "_id", "int", Types.INTEGER, 10, false, true, ""));
        cols.addAll(List.of(columns));
        return new TableInfo(new TableId("app", name), false, cols, fks, "");
    }

    private static SchemaCatalog shop() {
        TableInfo client = table("Client", List.of(), text("Name"), date("ModifiedDate"));
        TableInfo invoice = table("Invoice", List.of(new ForeignKeyInfo("fk", new TableId("app", "Invoice"),
                List.of("Client_id"), new TableId("app", "Client"), List.of("Client_id"))),
                new ColumnInfo("Client_id", "int", Types.INTEGER, 10, true, false, ""), money("TaxAmount"),
                money("AmountDue"), date("ModifiedDate"), date("InvoiceDate"), money("DiscountPct"));
        TableInfo item = table("Item", List.of(), text("Title"), money("UnitPrice"),
                new ColumnInfo("Weight", "decimal", Types.DECIMAL, 10, true, false, ""));
        return new SchemaCatalog("H2", List.of(client, invoice, item), Instant.EPOCH);
    }

    @Test
    void should_read_a_money_word_as_the_column_most_likely_to_carry_it_by_the_events_own_date() {
        MeasureReadings.Reading r = MeasureReadings.read(shop(), "show revenue trends", Set.of()).orElseThrow();

        assertThat(r.measure().name()).isEqualTo("AmountDue");
        assertThat(r.time()).map(ColumnInfo::name).contains("InvoiceDate");
        assertThat(r.grain()).contains(Grain.MONTH);
        assertThat(r.assumption()).isEqualTo("read 'revenue' as Invoice.AmountDue by month of InvoiceDate");
    }

    @Test
    void should_cut_by_the_unit_the_question_names_and_leave_out_the_date_when_no_trend_is_asked() {
        assertThat(MeasureReadings.read(shop(), "weekly sales", Set.of()).orElseThrow().assumption())
                .isEqualTo("read 'sales' as Invoice.AmountDue by week of InvoiceDate");
        assertThat(MeasureReadings.read(shop(), "what is our income", Set.of()).orElseThrow().assumption())
                .isEqualTo("read 'income' as Invoice.AmountDue");
    }

    @Test
    void should_find_no_reading_without_a_money_word_or_without_a_money_column() {
        assertThat(MeasureReadings.read(shop(), "show me the data", Set.of())).isEmpty();
        SchemaCatalog noMoney = new SchemaCatalog("H2", List.of(table("Person", List.of(), text("Name"))),
                Instant.EPOCH);
        assertThat(MeasureReadings.read(noMoney, "show revenue trends", Set.of())).isEmpty();
        // A denied column is never read, not even as an assumption.
        assertThat(MeasureReadings.read(shop(), "revenue", Set.of("app.invoice.amountdue")).map(r -> r.measure().name()))
                .contains("UnitPrice");
    }

    @Test
    void should_offer_two_or_three_concrete_questions_drawn_from_the_schema() {
        assertThat(MeasureReadings.offers(shop(), Set.of())).containsExactly(
                "total amount due by month of invoice date", "number of invoices per client", "top 10 items by unit price");
        SchemaCatalog plain = new SchemaCatalog("H2", List.of(table("Person", List.of(), text("Name")),
                table("Pet", List.of(), text("Name"))), Instant.EPOCH);
        assertThat(MeasureReadings.offers(plain, Set.of())).containsExactly("how many persons are there?",
                "how many pets are there?");
    }
}
