package io.askdb.bench.jmh;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.ForeignKeyInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableId;
import io.askdb.schema.TableInfo;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A large enterprise-like catalog for schema linking: domains times entities ("crm_customer",
 * "billing_invoice", ...), each with a key, names, codes, amounts, dates, a status and foreign keys
 * to other tables of its domain. Same size and seed, same catalog.
 */
final class SyntheticSchema {

    private static final String[] DOMAINS = {
        "sales", "crm", "billing", "finance", "hr", "inventory", "logistics", "marketing", "support", "procurement"
    };
    private static final String[] ENTITIES = {
        "customer", "order", "order_line", "invoice", "payment", "product", "price_list", "employee", "department",
        "shipment", "warehouse", "supplier", "contract", "ticket", "campaign", "lead", "account", "region", "store",
        "refund", "return", "budget", "project", "asset", "vendor", "quote", "subscription", "discount", "channel",
        "partner"
    };

    private SyntheticSchema() {}

    static SchemaCatalog generate(int tables, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TableInfo> out = new ArrayList<>(tables);
        for (int t = 0; t < tables; t++) {
            String domain = DOMAINS[t / ENTITIES.length % DOMAINS.length];
            String entity = ENTITIES[t % ENTITIES.length];
            String name = domain + "_" + entity + (t >= DOMAINS.length * ENTITIES.length ? "_" + t : "");
            TableId id = new TableId("app", name);
            List<ColumnInfo> columns = new ArrayList<>();
            columns.add(new ColumnInfo("id", "INTEGER", Types.INTEGER, 10, false, true, ""));
            columns.add(new ColumnInfo("name", "VARCHAR", Types.VARCHAR, 100, false, false, ""));
            columns.add(new ColumnInfo(entity + "_code", "VARCHAR", Types.VARCHAR, 20, true, false, ""));
            columns.add(new ColumnInfo("status", "VARCHAR", Types.VARCHAR, 20, true, false, ""));
            columns.add(new ColumnInfo("amount", "DECIMAL", Types.DECIMAL, 12, true, false, ""));
            columns.add(new ColumnInfo("quantity", "INTEGER", Types.INTEGER, 10, true, false, ""));
            columns.add(new ColumnInfo("created_at", "TIMESTAMP", Types.TIMESTAMP, 26, false, false, ""));
            columns.add(new ColumnInfo("updated_at", "TIMESTAMP", Types.TIMESTAMP, 26, true, false, ""));
            int extra = random.nextInt(2, 10);
            for (int c = 0; c < extra; c++) {
                columns.add(new ColumnInfo("attribute_" + c, "VARCHAR", Types.VARCHAR, 50, true, false, ""));
            }
            List<ForeignKeyInfo> keys = new ArrayList<>();
            int references = random.nextInt(0, 4);
            int domainStart = t / ENTITIES.length * ENTITIES.length;
            for (int k = 0; k < references && domainStart < t; k++) {
                int target = random.nextInt(domainStart, t);
                String targetEntity = ENTITIES[target % ENTITIES.length];
                String column = targetEntity + "_id";
                if (columns.stream().noneMatch(c -> c.name().equals(column))) {
                    columns.add(new ColumnInfo(column, "INTEGER", Types.INTEGER, 10, true, false, ""));
                    keys.add(new ForeignKeyInfo("fk_" + name + "_" + column, id, List.of(column),
                            out.get(target).id(), List.of("id")));
                }
            }
            out.add(new TableInfo(id, false, columns, keys, ""));
        }
        return new SchemaCatalog("H2", out, Instant.EPOCH);
    }
}
