package io.askdb.app.cli;

import io.askdb.AskDb;
import io.askdb.config.AskDbConfig;
import io.askdb.schema.ColumnInfo;
import io.askdb.schema.ForeignKeyInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableInfo;
import java.io.PrintWriter;
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
            for (TableInfo table : catalog.tables()) {
                out.printf("%n%s%s%n", table.id(), table.view() ? " (view)" : "");
                for (ColumnInfo column : table.columns()) {
                    out.printf("  %-28s %-14s%s%s%n", column.name(), column.typeName().toLowerCase(java.util.Locale.ROOT),
                            column.nullable() ? " null" : " not null", column.primaryKey() ? "  PK" : "");
                }
                for (ForeignKeyInfo fk : table.foreignKeys()) {
                    out.printf("  FK (%s) -> %s (%s)%n", String.join(", ", fk.columns()), fk.referencedTable(),
                            String.join(", ", fk.referencedColumns()));
                }
            }
            out.flush();
            return 0;
        }
    }
}
