package io.askdb.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generated rows themselves, before any database sees them. */
class SampleGeneratorTest {

    private static SampleRows rows;

    @BeforeAll
    static void generate() {
        rows = SampleGenerator.generate();
    }

    @Test
    void should_generate_the_same_rows_on_every_call() {
        SampleRows again = SampleGenerator.generate();
        for (Table table : SalesLt.TABLES) {
            List<Object[]> first = rows.of(table);
            List<Object[]> second = again.of(table);
            assertThat(second).hasSameSizeAs(first);
            for (int i = 0; i < first.size(); i++) {
                assertThat(Arrays.deepEquals(first.get(i), second.get(i))).as(table.name() + " row " + i).isTrue();
            }
        }
    }

    @Test
    void should_fill_every_not_null_column() {
        for (Table table : SalesLt.TABLES) {
            List<Column> columns = table.storedColumns();
            for (Object[] row : rows.of(table)) {
                for (int i = 0; i < columns.size(); i++) {
                    if (!columns.get(i).nullable()) {
                        assertThat(row[i]).as(table.name() + "." + columns.get(i).name()).isNotNull();
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "BK-; (Mountain|Road|Touring)-\\d+(-W)? (Silver|Black|Red|Yellow|Blue), \\d\\d",
        "FR-; (HL|ML|LL) (Mountain|Road|Touring) Frame(-W)? - (Black|Silver|Red|Yellow|Blue), \\d\\d",
        "HL-; Sport-\\d00 Helmet, (Red|Black|Blue)",
        "VE-; Classic Vest, (S|M|L)",
        "CH-; (HL )?Chain"
    })
    void should_name_products_in_the_samples_style(String numberPrefix, String namePattern) {
        int number = SalesLt.PRODUCT.storedIndex("ProductNumber");
        int name = SalesLt.PRODUCT.storedIndex("Name");
        List<String> names = rows.of(SalesLt.PRODUCT).stream()
                .filter(p -> ((String) p[number]).startsWith(numberPrefix))
                .map(p -> (String) p[name])
                .toList();
        assertThat(names).isNotEmpty().allSatisfy(n -> assertThat(n).matches(namePattern));
    }

    @Test
    void should_give_every_order_line_a_product_on_sale_at_sixty_percent_of_list() {
        Map<Integer, Object[]> products = new HashMap<>();
        for (Object[] p : rows.of(SalesLt.PRODUCT)) {
            products.put((Integer) p[0], p);
        }
        int productId = SalesLt.SALES_ORDER_DETAIL.storedIndex("ProductID");
        int unitPrice = SalesLt.SALES_ORDER_DETAIL.storedIndex("UnitPrice");
        int listPrice = SalesLt.PRODUCT.storedIndex("ListPrice");
        int sellEnd = SalesLt.PRODUCT.storedIndex("SellEndDate");
        for (Object[] line : rows.of(SalesLt.SALES_ORDER_DETAIL)) {
            Object[] product = products.get((Integer) line[productId]);
            assertThat(product).isNotNull();
            assertThat((BigDecimal) line[unitPrice]).isEqualByComparingTo(
                    ((BigDecimal) product[listPrice]).multiply(new BigDecimal("0.6")).setScale(4, RoundingMode.HALF_UP));
            LocalDateTime end = (LocalDateTime) product[sellEnd];
            assertThat(end == null || end.isAfter(OrderGenerator.ORDER_DATE)).isTrue();
        }
    }

    @Test
    void should_give_each_coloured_product_a_readable_thumbnail_in_its_colour() throws IOException {
        int photo = SalesLt.PRODUCT.storedIndex("ThumbNailPhoto");
        int file = SalesLt.PRODUCT.storedIndex("ThumbnailPhotoFileName");
        Object[] product = rows.of(SalesLt.PRODUCT).get(0);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream((byte[]) product[photo]));
        assertThat(image.getWidth()).isEqualTo(1);
        assertThat((String) product[file]).endsWith("_small.gif");
        assertThat(Thumbnail.gif("Red")).isNotEqualTo(Thumbnail.gif("Black"));
    }

    @Test
    void should_write_descriptions_in_six_cultures_for_127_models() {
        int culture = SalesLt.PRODUCT_MODEL_PRODUCT_DESCRIPTION.storedIndex("Culture");
        Map<Object, Long> perCulture = new HashMap<>();
        rows.of(SalesLt.PRODUCT_MODEL_PRODUCT_DESCRIPTION).forEach(r -> perCulture.merge(r[culture], 1L, Long::sum));
        assertThat(perCulture).containsOnlyKeys("en", "ar", "fr", "th", "he", "zh-cht").allSatisfy(
                (k, v) -> assertThat(v).isEqualTo(127));
        assertThat(column(SalesLt.PRODUCT_DESCRIPTION, "Description"))
                .allSatisfy(d -> assertThat(((String) d).length()).isBetween(10, 400));
    }

    private static List<Object> column(Table table, String name) {
        int index = table.storedIndex(name);
        return rows.of(table).stream().map(r -> r[index]).toList();
    }
}
