package io.askdb.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Generates the product side of SalesLT: the category tree, models, descriptions in six cultures and
 * products. Bikes and frames sell only some colour-size combinations (every model at least one);
 * every other line sells all of its combinations.
 */
final class CatalogGenerator {

    /** What the order generator needs to know about a product. */
    record ProductRef(int id, BigDecimal listPrice, LocalDateTime sellEndDate) {}

    /** A model; {@code id} is its ProductModelID, given in name order. */
    private record Model(int id, ProductLine line, int lineIndex, int rank, String name) {}

    private record Variant(Model model, String color, String size) {}

    static final int FIRST_PRODUCT_ID = 680;
    private static final LocalDateTime CATALOG_CREATED = LocalDate.of(2002, 6, 1).atStartOfDay();
    private static final LocalDateTime DESCRIPTIONS_WRITTEN = LocalDate.of(2007, 6, 1).atStartOfDay();
    private static final LocalDateTime PRODUCTS_UPDATED = LocalDateTime.of(2008, 3, 11, 10, 1, 36, 827_000_000);
    private static final List<LocalDate> SELL_STARTS = List.of(
            LocalDate.of(2002, 6, 1), LocalDate.of(2002, 6, 1), LocalDate.of(2005, 7, 1),
            LocalDate.of(2005, 7, 1), LocalDate.of(2006, 7, 1), LocalDate.of(2007, 7, 1));

    private final SampleRows rows;

    CatalogGenerator(SampleRows rows) {
        this.rows = rows;
    }

    List<ProductRef> generate() {
        categories(new Dice("ProductCategory"));
        List<Model> models = models();
        modelRows(models, new Dice("ProductModel"));
        descriptions(models, new Dice("ProductDescription"));
        return products(models, new Dice("Product"));
    }

    private void categories(Dice dice) {
        int id = 1;
        for (String top : ProductLines.TOP_LEVEL) {
            rows.add(SalesLt.PRODUCT_CATEGORY, id++, null, top, dice.uuid(), CATALOG_CREATED);
        }
        for (ProductLine line : ProductLines.ALL) {
            int parent = ProductLines.TOP_LEVEL.indexOf(line.parent()) + 1;
            rows.add(SalesLt.PRODUCT_CATEGORY, id++, parent, line.category(), dice.uuid(), CATALOG_CREATED);
        }
    }

    /** Every model of every line, numbered in name order as in SalesLT. */
    private static List<Model> models() {
        List<Model> unnumbered = new ArrayList<>();
        for (int l = 0; l < ProductLines.ALL.size(); l++) {
            ProductLine line = ProductLines.ALL.get(l);
            for (int r = 0; r < line.models().size(); r++) {
                unnumbered.add(new Model(0, line, l, r, line.models().get(r)));
            }
        }
        unnumbered.sort(Comparator.comparing(Model::name));
        List<Model> models = new ArrayList<>();
        for (Model m : unnumbered) {
            models.add(new Model(models.size() + 1, m.line(), m.lineIndex(), m.rank(), m.name()));
        }
        return models;
    }

    private void modelRows(List<Model> models, Dice dice) {
        for (Model model : models) {
            int id = model.id();
            String xml = null;
            if (model.line().isBike() && model.rank() < 2) {
                xml = ProductText.catalogXml(id, model.name(), ProductText.description(dice, "Bikes", "en"),
                        dice.between(1, 4), dice.pick(List.of("Aluminum", "Aluminum Alloy", "Chromoly Steel")));
            }
            LocalDateTime modified = dice.firstOfMonth(LocalDate.of(2005, 6, 1), LocalDate.of(2007, 6, 1));
            rows.add(SalesLt.PRODUCT_MODEL, id, model.name(), xml, dice.uuid(), modified);
        }
    }

    /** Six descriptions, one per culture, for every model but one (as in SalesLT: 127 × 6 = 762). */
    private void descriptions(List<Model> models, Dice dice) {
        Model undescribed = dice.pick(models.stream().filter(m -> !m.line().isBike()).toList());
        int descriptionId = 3;
        for (Model model : models) {
            if (model.id() == undescribed.id()) {
                continue;
            }
            String kind = ProductText.kind(model.line());
            for (String culture : ProductText.CULTURES) {
                rows.add(SalesLt.PRODUCT_DESCRIPTION, descriptionId, ProductText.description(dice, kind, culture),
                        dice.uuid(), DESCRIPTIONS_WRITTEN);
                rows.add(SalesLt.PRODUCT_MODEL_PRODUCT_DESCRIPTION, model.id(), descriptionId, culture,
                        dice.uuid(), DESCRIPTIONS_WRITTEN);
                descriptionId += dice.chance(0.1) ? dice.between(2, 4) : 1;
            }
        }
    }

    private List<ProductRef> products(List<Model> models, Dice dice) {
        List<Variant> chosen = chooseVariants(models, dice);
        List<ProductRef> refs = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int id = FIRST_PRODUCT_ID;
        Model current = null;
        ModelTraits traits = null;
        for (Variant variant : chosen) {
            if (current == null || variant.model().id() != current.id()) {
                current = variant.model();
                traits = ModelTraits.draw(dice, current.line(), current.rank(), codes);
            }
            ProductLine line = current.line();
            int categoryId = ProductLines.TOP_LEVEL.size() + current.lineIndex() + 1;
            BigDecimal weight = null;
            if (line.hasWeight()) {
                int sizeIndex = variant.size() == null ? 0 : line.sizes().indexOf(variant.size());
                double step = line.isBike() ? 0.35 : 18;
                weight = BigDecimal.valueOf(traits.weight() + sizeIndex * step).setScale(2, RoundingMode.HALF_UP);
            }
            rows.add(SalesLt.PRODUCT, id, productName(variant), productNumber(traits.code(), variant),
                    variant.color(), traits.standardCost(), traits.listPrice(), variant.size(), weight, categoryId,
                    current.id(), traits.sellStart(), traits.sellEnd(), null,
                    Thumbnail.gif(variant.color()), Thumbnail.fileName(line.photo(), variant.color()), dice.uuid(),
                    PRODUCTS_UPDATED);
            refs.add(new ProductRef(id, traits.listPrice(), traits.sellEnd()));
            id++;
        }
        return refs;
    }

    /** All variants of unsampled lines, one of each sampled model, then random sampled ones up to 295. */
    private static List<Variant> chooseVariants(List<Model> models, Dice dice) {
        List<Variant> chosen = new ArrayList<>();
        List<Variant> optional = new ArrayList<>();
        for (Model model : models) {
            List<Variant> variants = variants(model);
            if (model.line().sampled()) {
                dice.shuffle(variants);
                chosen.add(variants.get(0));
                optional.addAll(variants.subList(1, variants.size()));
            } else {
                chosen.addAll(variants);
            }
        }
        int missing = SalesLt.PRODUCT.rowCount() - chosen.size();
        if (missing < 0 || missing > optional.size()) {
            throw new IllegalStateException("the catalogue cannot make " + SalesLt.PRODUCT.rowCount()
                    + " products from " + chosen.size() + " required and " + optional.size() + " optional variants");
        }
        dice.shuffle(optional);
        chosen.addAll(optional.subList(0, missing));
        chosen.sort(Comparator.<Variant>comparingInt(v -> v.model().lineIndex())
                .thenComparingInt(v -> v.model().rank())
                .thenComparingInt(v -> v.model().line().colors().indexOf(v.color()))
                .thenComparingInt(v -> v.model().line().sizes().indexOf(v.size())));
        return chosen;
    }

    private static List<Variant> variants(Model model) {
        List<String> colors = orNull(model.line().colors());
        List<String> sizes = orNull(model.line().sizes());
        List<Variant> variants = new ArrayList<>();
        for (String color : colors) {
            for (String size : sizes) {
                variants.add(new Variant(model, color, size));
            }
        }
        return variants;
    }

    private static List<String> orNull(List<String> values) {
        List<String> list = new ArrayList<>(values);
        if (list.isEmpty()) {
            list.add(null);
        }
        return list;
    }

    /** "Mountain-200 Black, 42", "HL Road Frame - Red, 58", "Sport-100 Helmet, Blue", "Classic Vest, M". */
    private static String productName(Variant variant) {
        ProductLine line = variant.model().line();
        String stem = variant.model().name() + line.nameSuffix();
        String color = line.colors().size() > 1 ? variant.color() : null;
        String size = variant.size();
        if (line.isBike()) {
            return stem + " " + variant.color() + ", " + size;
        }
        if (color != null && size != null) {
            return stem + " - " + color + ", " + size;
        }
        if (color != null) {
            return stem + ", " + color;
        }
        return size != null ? stem + ", " + size : stem;
    }

    /** "BK-M68B-42": line prefix, model code, colour letter, size. */
    private static String productNumber(String modelCode, Variant variant) {
        String color = variant.color() == null ? "" : colorCode(variant.color());
        String size = variant.size() == null ? "" : "-" + variant.size();
        return variant.model().line().numberPrefix() + "-" + modelCode + color + size;
    }

    private static String colorCode(String color) {
        return switch (color) {
            case "Blue" -> "U";
            case "Silver/Black" -> "L";
            default -> color.substring(0, 1);
        };
    }

    /** The traits all products of one model share. */
    private record ModelTraits(String code, BigDecimal listPrice, BigDecimal standardCost, double weight,
            LocalDateTime sellStart, LocalDateTime sellEnd) {

        static ModelTraits draw(Dice dice, ProductLine line, int rank, Set<String> usedCodes) {
            String code;
            do {
                code = line.codeLetter() + String.format(Locale.ROOT, "%02d", dice.between(10, 99));
            } while (!usedCodes.add(line.numberPrefix() + code));
            int n = line.models().size();
            double position = n == 1 ? 0.5 : rank / (double) (n - 1);
            double price = line.maxPrice() - (line.maxPrice() - line.minPrice()) * position;
            price = Math.max(line.minPrice(), Math.min(line.maxPrice(), price * dice.between(0.95, 1.05)));
            BigDecimal listPrice = BigDecimal.valueOf(Math.floor(price) + 0.99).setScale(4, RoundingMode.HALF_UP);
            BigDecimal standardCost = listPrice.multiply(BigDecimal.valueOf(dice.between(0.36, 0.62)))
                    .setScale(4, RoundingMode.HALF_UP);
            double weight = line.hasWeight() ? dice.between(line.minWeight(), line.maxWeight()) : 0;
            LocalDate start = dice.pick(SELL_STARTS);
            LocalDateTime end = dice.chance(0.2) ? start.plusYears(dice.between(1, 2)).minusDays(1).atStartOfDay() : null;
            return new ModelTraits(code, listPrice, standardCost, weight, start.atStartOfDay(), end);
        }
    }
}
