package io.askdb.offline;

import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableInfo;
import io.askdb.sql.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers questions without an LLM on whatever tables the catalog has: "how many X", "list X",
 * "show tables". Candidates come best first; an empty list means nothing sensible was found.
 */
public final class OfflineAnswerer {

    private static final Pattern HOW_MANY = Pattern.compile("^(?:how many|count(?: the| all)?|number of) (\\w[\\w ]*?)(?: are there| do we have| exist| in total)?$");
    private static final Pattern LIST = Pattern.compile("^(?:list|show|get|display)(?: all| the| me)* (\\w[\\w ]*)$");

    private final SchemaCatalog catalog;
    private final Dialect dialect;

    public OfflineAnswerer(SchemaCatalog catalog, Dialect dialect) {
        this.catalog = catalog;
        this.dialect = dialect;
    }

    public List<Candidate> candidates(String question) {
        String q = question.toLowerCase(Locale.ROOT).replaceAll("[?.!]+$", "").replaceAll("\\s+", " ").trim();
        List<Candidate> found = new ArrayList<>();
        Matcher count = HOW_MANY.matcher(q);
        if (count.matches()) {
            findTable(count.group(1)).ifPresent(t -> found.add(new Candidate(
                    "SELECT COUNT(*) FROM " + name(t), 0.9, "counted the rows of " + t.id())));
        }
        Matcher list = LIST.matcher(q);
        if (list.matches() && !q.matches(".*\\b(tables|schema)\\b.*")) {
            findTable(list.group(1)).ifPresent(t -> found.add(new Candidate(
                    "SELECT * FROM " + name(t), 0.8, "listed the rows of " + t.id())));
        }
        return found;
    }

    private Optional<TableInfo> findTable(String phrase) {
        String wanted = singular(phrase.trim().replace(" ", ""));
        return catalog.tables().stream()
                .filter(t -> singular(t.name().toLowerCase(Locale.ROOT).replace("_", "")).equals(wanted))
                .findFirst();
    }

    private String name(TableInfo table) {
        return table.id().schema().isEmpty()
                ? dialect.quote(table.name())
                : table.id().schema() + "." + table.name();
    }

    private static String singular(String word) {
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("xes")) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }
}
