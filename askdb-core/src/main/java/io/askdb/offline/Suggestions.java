package io.askdb.offline;

import io.askdb.text.Words;
import io.askdb.schema.ColumnInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Example questions this schema can answer offline, and the list of its tables. */
final class Suggestions {

    private static final int MAX_TABLES = 5;

    private Suggestions() {}

    static List<String> of(SchemaCatalog catalog) {
        List<String> out = new ArrayList<>();
        List<TableInfo> tables = catalog.tables().stream().filter(t -> !t.view()).limit(MAX_TABLES).toList();
        for (TableInfo t : tables) {
            String noun = plural(String.join(" ", Words.splitIdentifier(t.name())));
            out.add("How many " + noun + " are there?");
            Plan.Column label = RowLabels.labelColumn(t);
            if (label != null) {
                out.add("List the " + words(label.column()) + " of all " + noun);
            }
            t.columns().stream().filter(c -> c.isNumeric() && !c.primaryKey() && !isKey(t, c)).findFirst()
                    .ifPresent(c -> out.add("What is the average " + words(c) + " of " + noun + "?"));
        }
        List<String> names = catalog.tables().stream().map(t -> t.id().qualified()).toList();
        out.add("Tables: " + String.join(", ", names));
        return List.copyOf(out);
    }

    private static boolean isKey(TableInfo t, ColumnInfo c) {
        return t.inForeignKey(c) || c.name().toLowerCase(Locale.ROOT).endsWith("id");
    }

    private static String words(ColumnInfo c) {
        return String.join(" ", Words.splitIdentifier(c.name()));
    }

    private static String plural(String noun) {
        if (noun.endsWith("y") && !noun.endsWith("ay") && !noun.endsWith("ey") && !noun.endsWith("oy")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
            return noun + "es";
        }
        return noun + "s";
    }
}
