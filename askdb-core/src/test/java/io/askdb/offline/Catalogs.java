package io.askdb.offline;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.ForeignKeyInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableId;
import io.askdb.schema.TableInfo;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/** Hand-built catalogs for tests that need no database. */
final class Catalogs {

    private Catalogs() {}

    static ColumnInfo text(String name) {
        return new ColumnInfo(name, "NVARCHAR", Types.NVARCHAR, 50, true, false, "");
    }

    static ColumnInfo number(String name) {
        return new ColumnInfo(name, "DECIMAL", Types.DECIMAL, 19, true, false, "");
    }

    static ColumnInfo key(String name) {
        return new ColumnInfo(name, "INT", Types.INTEGER, 10, false, true, "");
    }

    /** SalesLT.Product and SalesLT.ProductCategory, CamelCase, one foreign key between them. */
    static SchemaCatalog shop() {
        TableId category = new TableId("SalesLT", "ProductCategory");
        TableId product = new TableId("SalesLT", "Product");
        TableInfo categories = new TableInfo(category, false,
                List.of(key("ProductCategoryID"), text("Name")), List.of(), "");
        TableInfo products = new TableInfo(product, false,
                List.of(key("ProductID"), text("Name"), text("Color"), number("ListPrice"), number("ProductCategoryID")),
                List.of(new ForeignKeyInfo("FK_Product_Category", product, List.of("ProductCategoryID"), category,
                        List.of("ProductCategoryID"))),
                "");
        return new SchemaCatalog("H2", List.of(categories, products), Instant.EPOCH);
    }
}
