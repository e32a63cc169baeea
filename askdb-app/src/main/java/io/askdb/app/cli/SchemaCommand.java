package io.askdb.app.cli;

import io.askdb.AskDb;
import io.askdb.config.AskDbConfig;
import io.askdb.schema.ColumnInfo;
import io.askdb.schema.ForeignKeyInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableInfo;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code askdb schema}: the tables, columns and keys askdb sees. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the tables, columns and keys that askdb sees in the database.")
final class SchemaCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AskDb askdb = database.open(AskDbConfig.fromEnvironment())) {
            SchemaCatalog catalog = askdb.schema(null);
            out.printf("%s: %d tables%n", catalog.productName(), catalog.size());
            Set<String> denied = askdb.config().database().denyColumns().stream()
                    .map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            boolean anyDenied = false;
            for (TableInfo table : catalog.tables()) {
                out.printf("%n%s%s%n", table.id(), table.view() ? " (view)" : "");
                for (ColumnInfo column : table.columns()) {
                    boolean deny = denied.contains((table.id().qualified() + "." + column.name()).toLowerCase(Locale.ROOT))
                            || denied.contains((table.name() + "." + column.name()).toLowerCase(Locale.ROOT));
                    anyDenied |= deny;
                    out.printf("  %-28s %-14s%s%s%s%n", column.name(), column.typeName().toLowerCase(Locale.ROOT),
                            column.nullable() ? " null" : " not null", column.primaryKey() ? "  PK" : "",
                            deny ? "  DENIED (never read)" : "");
                }
                for (ForeignKeyInfo fk : table.foreignKeys()) {
                    out.printf("  FK (%s) -> %s (%s)%n", String.join(", ", fk.columns()), fk.referencedTable(),
                            String.join(", ", fk.referencedColumns()));
                }
            }
            if (anyDenied) {
                out.printf("%nDENIED columns are on the deny-list (ASKDB_DENY_COLUMNS): askdb never reads or shows them.%n");
            }
            out.flush();
            return 0;
        }
    }
}
