package io.askdb.sample;

import io.askdb.sample.CatalogGenerator.ProductRef;
import io.askdb.sample.CustomerGenerator.Buyer;
import java.util.List;

/** The generated SalesLT rows: same tables and row counts as Microsoft's sample, invented values. */
final class SampleGenerator {

    private SampleGenerator() {}

    /** The same rows on every call and every JVM. */
    static SampleRows generate() {
        SampleRows rows = new SampleRows();
        List<ProductRef> products = new CatalogGenerator(rows).generate();
        List<Buyer> buyers = new CustomerGenerator(rows).generate();
        new OrderGenerator(rows).generate(buyers, products);
        return rows;
    }
}
