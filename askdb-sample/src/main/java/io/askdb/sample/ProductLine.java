package io.askdb.sample;

import java.util.List;

/**
 * One product subcategory of the catalogue and how its products look: model names (dearest first),
 * colours and sizes (empty: none), list-price and weight ranges (no weight range: NULL weight), the
 * product-number prefix and model-code letter, and the thumbnail's file-name stem.
 *
 * @param sampled whether only some colour-size combinations are sold (bikes and frames); other
 *     lines sell every combination
 * @param nameSuffix added to the model name to name a product ("Sport-100" → "Sport-100 Helmet")
 */
record ProductLine(
        String category,
        String parent,
        String numberPrefix,
        char codeLetter,
        List<String> models,
        List<String> colors,
        List<String> sizes,
        double minPrice,
        double maxPrice,
        double minWeight,
        double maxWeight,
        String photo,
        boolean sampled,
        String nameSuffix) {

    ProductLine {
        models = List.copyOf(models);
        colors = List.copyOf(colors);
        sizes = List.copyOf(sizes);
    }

    boolean hasWeight() {
        return maxWeight > 0;
    }

    boolean isBike() {
        return parent.equals("Bikes");
    }
}
