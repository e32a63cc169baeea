package io.askdb.sample;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the data files of Microsoft's AdventureWorksLT install script ({@code Customer.csv} …), one
 * per table, columns in definition order, no header, an empty field for NULL. Most files are
 * Windows-1252 with tab and CRLF separators and no quoting (descriptions hold bare double quotes);
 * ProductModel.csv is UTF-16 with a byte-order mark and {@code ~~} before each separator, because
 * its XML spans lines. Commons CSV splits the records. Computed columns are present in the files
 * and skipped here; ThumbNailPhoto's hex text becomes bytes.
 */
final class DataFiles {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Tab-separated, one record per line, a double quote is just a character. */
    private static final CSVFormat TABBED = CSVFormat.DEFAULT.builder()
            .setDelimiter('\t')
            .setQuote(null)
            .setIgnoreEmptyLines(true)
            .get();
    /** Tab-separated with every field quoted, as {@link #quoted} writes ProductModel.csv. */
    private static final CSVFormat QUOTED = TABBED.builder().setQuote('"').get();
    /** {@code ~~} and the separator after it, where another field follows. */
    private static final Pattern FIELD_END = Pattern.compile("~~(\t|\r?\n)(?!\\z)");
    /** {@code ~~} at the end of the file's last field. */
    private static final Pattern LAST_FIELD_END = Pattern.compile("~~(\r?\n)?\\z");

    private DataFiles() {}

    /** Every SalesLT table's rows from {@code dir/<Table>.csv}. */
    static SampleRows read(Path dir) throws IOException {
        SampleRows rows = new SampleRows();
        for (Table table : SalesLt.TABLES) {
            Path file = dir.resolve(table.name() + ".csv");
            List<String[]> records = records(file);
            for (int r = 0; r < records.size(); r++) {
                String[] fields = records.get(r);
                if (fields.length != table.columns().size()) {
                    throw new IllegalArgumentException(file.getFileName() + " record " + (r + 1) + " has "
                            + fields.length + " fields; " + table.name() + " has " + table.columns().size()
                            + " columns");
                }
                rows.add(table, storedValues(table, fields, file, r + 1));
            }
        }
        return rows;
    }

    /** The raw fields of every record of one file, computed columns included. */
    static List<String[]> records(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no data file " + file
                    + " (expected Microsoft's AdventureWorksLT data files, one <Table>.csv per SalesLT table)");
        }
        String text = decode(Files.readAllBytes(file));
        boolean tilde = text.contains("~~\t") || text.contains("~~\n");
        List<String[]> records = new ArrayList<>();
        try (CSVParser parser = tilde ? CSVParser.parse(quoted(text), QUOTED) : CSVParser.parse(text, TABBED)) {
            for (CSVRecord record : parser) {
                if (!record.stream().allMatch(String::isBlank)) {
                    records.add(record.values());
                }
            }
        }
        return records;
    }

    /**
     * A file whose every field ends in {@code ~~} (before the tab, or before the line break that ends
     * the record), rewritten with each field in double quotes: the line breaks of its XML then stay
     * in their field, and the quotes of its XML attributes are doubled, as quoting wants.
     */
    static String quoted(String text) {
        String body = text.replace("\"", "\"\"");
        body = FIELD_END.matcher(body).replaceAll("\"$1\"");
        body = LAST_FIELD_END.matcher(body).replaceFirst("\"$1");
        return "\"" + body;
    }

    /** UTF-16 or UTF-8 when a byte-order mark says so, otherwise the script's single-byte code page. */
    private static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        return new String(bytes, WINDOWS_1252);
    }

    private static Object[] storedValues(Table table, String[] fields, Path file, int record) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            Column column = table.columns().get(i);
            if (column.isComputed()) {
                continue;
            }
            try {
                values.add(value(column, fields[i]));
            } catch (IllegalArgumentException | DateTimeException e) {
                throw new IllegalArgumentException(file.getFileName() + " record " + record + ": "
                        + column.name() + " cannot be '" + fields[i] + "'", e);
            }
        }
        return values.toArray();
    }

    static Object value(Column column, String field) {
        if (field.isEmpty()) {
            return null;
        }
        return switch (column.type()) {
            case INT, SMALLINT, TINYINT -> Integer.valueOf(field.trim());
            case BIT -> field.trim().equals("1") || field.trim().equalsIgnoreCase("true");
            case NVARCHAR, NVARCHAR_MAX, VARCHAR, XML -> field;
            case NCHAR -> field.stripTrailing();
            case MONEY, DECIMAL -> new BigDecimal(field.trim());
            case DATETIME -> LocalDateTime.parse(field.trim().replace(' ', 'T'));
            case UNIQUEIDENTIFIER -> UUID.fromString(field.trim());
            case VARBINARY_MAX -> HexFormat.of().parseHex(field.startsWith("0x") ? field.substring(2) : field);
        };
    }
}
