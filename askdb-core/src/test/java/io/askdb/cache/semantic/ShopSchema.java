package io.askdb.cache.semantic;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableId;
import io.askdb.schema.TableInfo;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A small shop's catalog and its schema words, for the cache's tests and the literal guard's. */
public final class ShopSchema {

    public static final SchemaCatalog CATALOG = new SchemaCatalog("H2", List.of(
            table("CUSTOMERS", "ID", "NAME", "EMAIL", "COUNTRY", "CITY"),
            table("ORDERS", "ID", "CUSTOMER_ID", "STATUS", "ORDER_DATE", "TOTAL_DUE"),
            table("PRODUCTS", "ID", "NAME", "CATEGORY", "PRICE", "COLOR")), Instant.EPOCH);

    public static final SchemaTerms TERMS = SchemaTerms.of(CATALOG);

    private ShopSchema() {}

    private static TableInfo table(String name, String... columns) {
        return new TableInfo(new TableId("PUBLIC", name), false, Arrays.stream(columns)
                .map(c -> new ColumnInfo(c, "VARCHAR", Types.VARCHAR, 100, true, c.equals("ID"), ""))
                .toList(), List.of(), "");
    }
}
