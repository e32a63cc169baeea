package io.askdb.sample;

import io.askdb.testing.SharedData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The parser for Microsoft's install-script data files, on small files written here. */
class DataFilesTest {

    @TempDir
    Path dir;

    @Test
    void should_read_tab_separated_windows_1252_records_with_empty_fields() throws IOException {
        Path file = dir.resolve("Customer.csv");
        Files.write(file, "1\tadventure-works\\josé1\t\r\n2\t\tx\r\n".getBytes(Charset.forName("windows-1252")));

        List<String[]> records = DataFiles.records(file);

        assertThat(records).hasSize(2);
        assertThat(records.get(0)).containsExactly("1", "adventure-works\\josé1", "");
        assertThat(records.get(1)).containsExactly("2", "", "x");
    }

    @Test
    void should_read_utf16_records_whose_xml_fields_span_lines() throws IOException {
        Path file = dir.resolve("ProductModel.csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(0xFF);
        bytes.write(0xFE);
        bytes.write("1~~\tClassic Vest~~\t~~\r\n19~~\tMountain-100~~\t<a>\r\n\tline</a>~~\r\n"
                .getBytes(StandardCharsets.UTF_16LE));
        Files.write(file, bytes.toByteArray());

        List<String[]> records = DataFiles.records(file);

        assertThat(records).hasSize(2);
        assertThat(records.get(0)).containsExactly("1", "Classic Vest", "");
        assertThat(records.get(1)).containsExactly("19", "Mountain-100", "<a>\r\n\tline</a>");
    }

    @Test
    void should_keep_quotes_commas_spaces_and_empty_fields_of_tab_separated_records_as_written() throws IOException {
        Path file = dir.resolve("ProductDescription.csv");
        Files.writeString(file, "\t1\" threadless, \"quoted\"\t a , b \t\t\r\n\"\t\"\"\t'\r\n\r\n",
                StandardCharsets.US_ASCII);

        List<String[]> records = DataFiles.records(file);

        assertThat(records).hasSize(2);
        assertThat(records.get(0)).containsExactly("", "1\" threadless, \"quoted\"", " a , b ", "", "");
        assertThat(records.get(1)).containsExactly("\"", "\"\"", "'");
    }

    @Test
    void should_keep_quotes_tildes_line_breaks_and_empty_fields_of_tilde_records_as_written() throws IOException {
        Path file = dir.resolve("ProductModel.csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(0xFF);
        bytes.write(0xFE);
        bytes.write(("7~~\t~~\t<p a=\"1\">\n  x, \"y\" ~ z~\n\n</p>~~\t\"~~\r\n"
                + "8~~\tHL, \"Road\"~~\t~~\t~~\r\n").getBytes(StandardCharsets.UTF_16LE));
        Files.write(file, bytes.toByteArray());

        List<String[]> records = DataFiles.records(file);

        assertThat(records).hasSize(2);
        assertThat(records.get(0)).containsExactly("7", "", "<p a=\"1\">\n  x, \"y\" ~ z~\n\n</p>", "\"");
        assertThat(records.get(1)).containsExactly("8", "HL, \"Road\"", "", "");
    }

    @Test
    void should_read_microsofts_files_field_for_field() throws IOException {
        Path data = SharedData.require("adventureworkslt/csv");

        List<String[]> descriptions = DataFiles.records(data.resolve("ProductDescription.csv"));
        List<String[]> customers = DataFiles.records(data.resolve("Customer.csv"));
        List<String[]> models = DataFiles.records(data.resolve("ProductModel.csv"));

        assertThat(descriptions).hasSize(762).anySatisfy(record -> assertThat(record).containsExactly("746",
                "High-quality 1\" threadless headset with a grease port for quick lubrication.",
                "584C3390-088A-4995-8E6D-1F7FA08C1675", "2007-06-01 00:00:00.000"));
        assertThat(customers).hasSize(847);
        assertThat(customers.get(0)).hasSize(15);
        assertThat(customers.get(0)[0]).isEqualTo("1");
        assertThat(customers.get(0)[6]).as("Suffix, empty for NULL").isEmpty();
        assertThat(models).hasSize(128);
        assertThat(models.get(0)).containsExactly("1", "Classic Vest", "", "29321D47-1E4C-4AAC-887C-19634328C25E",
                "2007-06-01 00:00:00.000");
        assertThat(models).filteredOn(record -> !record[2].isEmpty()).hasSize(6).allSatisfy(record -> assertThat(
                record[2]).startsWith("<?xml").endsWith("</p1:ProductDescription>").contains("\n").doesNotContain("~~"));
    }

    @Test
    void should_name_the_file_and_record_that_does_not_fit_its_table() throws IOException {
        Files.writeString(dir.resolve("ProductCategory.csv"), "1\tBikes\r\n", StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> DataFiles.read(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ProductCategory.csv record 1 has 2 fields; ProductCategory has 5 columns");
    }

    @Test
    void should_say_which_data_file_is_missing() {
        assertThatThrownBy(() -> DataFiles.read(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ProductCategory.csv");
    }

    @Test
    void should_name_the_column_of_a_value_it_cannot_read() throws IOException {
        Files.writeString(dir.resolve("ProductCategory.csv"),
                "one\t\tBikes\tCFBDA25C-DF71-47A7-B81B-64EE161AA37C\t2002-06-01 00:00:00.000\r\n");

        assertThatThrownBy(() -> DataFiles.read(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ProductCategory.csv record 1: ProductCategoryID cannot be 'one'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "SalesOrderHeader; SubTotal; .0000; 0.0000",
        "SalesOrderHeader; TaxAmt; 70.4279; 70.4279",
        "ProductModelProductDescription; Culture; 'en    '; en",
        "Customer; NameStyle; 0; false",
        "SalesOrderHeader; OnlineOrderFlag; 1; true",
        "Address; ModifiedDate; 2009-05-16 16:34:28.980; 2009-05-16T16:34:28.980",
        "Address; rowguid; 268AF621-76D7-4C78-9441-144FD139821A; 268af621-76d7-4c78-9441-144fd139821a"
    })
    void should_convert_fields_to_their_columns_types(String table, String column, String field, String expected) {
        Object value = DataFiles.value(column(table, column), field);
        String shown = value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
        assertThat(shown).isEqualTo(expected);
        assertThat(value).isInstanceOfAny(BigDecimal.class, String.class, Boolean.class, LocalDateTime.class,
                UUID.class);
    }

    @Test
    void should_turn_a_thumbnails_hex_text_into_bytes() {
        Object value = DataFiles.value(column("Product", "ThumbNailPhoto"), "4749463839610100");
        assertThat((byte[]) value).containsExactly('G', 'I', 'F', '8', '9', 'a', 1, 0);
        assertThat(DataFiles.value(column("Product", "ThumbNailPhoto"), "")).isNull();
    }

    private static Column column(String table, String name) {
        return SalesLt.table(table).columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
