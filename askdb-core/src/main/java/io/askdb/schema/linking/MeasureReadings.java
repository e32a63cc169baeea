package io.askdb.schema.linking;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.ForeignKeyInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableInfo;
import io.askdb.text.MeasureWords;
import io.askdb.text.MeasureWords.Grain;
import io.askdb.text.Words;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Concrete readings of a vague question, drawn from the schema. A question that names a money
 * measure the schema has no column for ("show revenue trends") is read as the column most likely
 * to carry it, cut by the event's own date when it asks for a trend ({@link #read}); a question
 * that names no measure and no subject gets two or three questions the schema can answer
 * ({@link #offers}), so the user picks one instead of guessing what askdb knows.
 */
public final class MeasureReadings {

    private MeasureReadings() {}

    /**
     * One reading of a question's measure: the question's word, the column read for it, and for a
     * trend the date column and the time unit it is grouped by.
     */
    public record Reading(String word, TableInfo table, ColumnInfo measure, Optional<TableInfo> timeTable,
            Optional<ColumnInfo> time, Optional<Grain> grain) {

        /** The assumption in words: "read 'revenue' as SalesOrderHeader.TotalDue by month of OrderDate". */
        public String assumption() {
            StringBuilder out = new StringBuilder("read '").append(word).append("' as ")
                    .append(table.name()).append('.').append(measure.name());
            if (time.isPresent() && grain.isPresent()) {
                out.append(" by ").append(grain.get().word()).append(" of ");
                if (timeTable.isPresent() && timeTable.get() != table) {
                    out.append(timeTable.get().name()).append('.');
                }
                out.append(time.get().name());
            }
            return out.toString();
        }

        /** The reading as an instruction to whoever writes the SQL. */
        public String instruction() {
            return assumption() + ": sum it" + (time.isPresent() && grain.isPresent()
                    ? ", one row per " + grain.get().word() + ", in time order" : "");
        }

        /** The tables the reading reads, the measure's first. */
        public List<TableInfo> tables() {
            return timeTable.isPresent() && timeTable.get() != table ? List.of(table, timeTable.get()) : List.of(table);
        }
    }

    /** How many concrete questions a clarification offers at most. */
    public static final int OFFERS = 3;

    /**
     * The most likely reading of the question's money measure, when it names one and the schema has
     * a column that may carry it; with the date to cut it by when the question asks for a trend.
     */
    public static Optional<Reading> read(SchemaCatalog catalog, String question, Set<String> denied) {
        Optional<String> word = MeasureWords.moneyWord(question);
        if (word.isEmpty()) {
            return Optional.empty();
        }
        Optional<Grain> grain = MeasureWords.trend(question);
        return bestMoney(catalog, denied, t -> true).map(m -> {
            Optional<Dated> dated = grain.isPresent() ? date(catalog, m.table()) : Optional.empty();
            return new Reading(word.get(), m.table(), m.column(), dated.map(Dated::table), dated.map(Dated::column),
                    dated.isPresent() ? grain : Optional.empty());
        });
    }

    /**
     * Up to {@value #OFFERS} questions the schema can answer, each naming a measure or a subject of
     * its own: a money total by month of its date, a count of rows per parent, a ranking by a money
     * column. Empty only for a schema without tables.
     */
    public static List<String> offers(SchemaCatalog catalog, Set<String> denied) {
        Set<String> out = new LinkedHashSet<>();
        Optional<Money> money = bestMoney(catalog, denied, t -> true);
        money.ifPresent(m -> {
            Optional<Dated> dated = date(catalog, m.table());
            String measure = moneyPhrase(m.column());
            out.add(dated.isPresent() ? measure + " by month of " + phrase(dated.get().column().name())
                    : measure + " of " + plural(tablePhrase(m.table())));
        });
        perParent(catalog).ifPresent(out::add);
        TableInfo first = money.map(Money::table).orElse(null);
        bestMoney(catalog, denied, t -> t != first && labelColumn(t).isPresent())
                .ifPresent(m -> out.add("top 10 " + plural(tablePhrase(m.table())) + " by " + phrase(m.column().name())));
        for (TableInfo table : byIncomingKeys(catalog)) {
            if (out.size() >= OFFERS) {
                break;
            }
            out.add("how many " + plural(tablePhrase(table)) + " are there?");
        }
        return List.copyOf(out).subList(0, Math.min(OFFERS, out.size()));
    }

    private record Money(TableInfo table, ColumnInfo column, int score) {}

    private record Dated(TableInfo table, ColumnInfo column) {}

    /** The column most likely to carry money in the allowed tables: by its name, then by having a date. */
    private static Optional<Money> bestMoney(SchemaCatalog catalog, Set<String> denied, Predicate<TableInfo> allowed) {
        Money best = null;
        for (TableInfo table : catalog.tables()) {
            if (!allowed.test(table)) {
                continue;
            }
            Set<String> keyColumns = foreignKeyColumns(table);
            for (ColumnInfo column : table.columns()) {
                if (!column.isNumeric() || column.primaryKey() || keyColumns.contains(lower(column.name()))
                        || denied.contains(lower(table.id().qualified() + "." + column.name()))) {
                    continue;
                }
                int score = 10 * MeasureWords.moneyScore(Words.splitIdentifier(column.name()));
                if (score == 0) {
                    continue;
                }
                score += date(catalog, table).isPresent() ? 1 : 0;
                if (best == null || score > best.score()) {
                    best = new Money(table, column, score);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The date an event of this table happened on: its own date column that is not bookkeeping,
     * preferring one named like the table (OrderDate in SalesOrderHeader); else a parent's.
     */
    private static Optional<Dated> date(SchemaCatalog catalog, TableInfo table) {
        Optional<ColumnInfo> own = eventDate(table);
        if (own.isPresent()) {
            return own.map(c -> new Dated(table, c));
        }
        for (ForeignKeyInfo fk : table.foreignKeys()) {
            Optional<TableInfo> parent = catalog.table(fk.referencedTable());
            Optional<ColumnInfo> date = parent.flatMap(MeasureReadings::eventDate);
            if (date.isPresent()) {
                return Optional.of(new Dated(parent.get(), date.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<ColumnInfo> eventDate(TableInfo table) {
        Set<String> tableWords = new HashSet<>(Words.splitIdentifier(table.name()));
        ColumnInfo first = null;
        for (ColumnInfo column : table.columns()) {
            List<String> words = Words.splitIdentifier(column.name());
            boolean dateLike = column.isTemporal() || words.contains("date") || words.contains("time");
            if (!dateLike || MeasureWords.isBookkeeping(words)) {
                continue;
            }
            if (words.stream().anyMatch(tableWords::contains)) {
                return Optional.of(column);
            }
            first = first == null ? column : first;
        }
        return Optional.ofNullable(first);
    }

    /** "number of products per product category": the child table with most columns of the most-referenced parent. */
    private static Optional<String> perParent(SchemaCatalog catalog) {
        for (TableInfo parent : byIncomingKeys(catalog)) {
            if (labelColumn(parent).isEmpty()) {
                continue;
            }
            Optional<TableInfo> child = catalog.foreignKeys().stream()
                    .filter(fk -> fk.referencedTable().equals(parent.id()) && !fk.table().equals(parent.id()))
                    .map(fk -> catalog.table(fk.table()).orElse(null))
                    .filter(t -> t != null && hasOwnColumns(t))
                    .max(Comparator.comparingInt((TableInfo t) -> t.columns().size()));
            if (child.isPresent()) {
                return Optional.of("number of " + plural(tablePhrase(child.get())) + " per " + tablePhrase(parent));
            }
        }
        return Optional.empty();
    }

    /** Tables by how many foreign keys point at them (the schema's main subjects first), then by name. */
    private static List<TableInfo> byIncomingKeys(SchemaCatalog catalog) {
        Map<TableInfo, Integer> incoming = new HashMap<>();
        for (ForeignKeyInfo fk : catalog.foreignKeys()) {
            catalog.table(fk.referencedTable()).ifPresent(t -> incoming.merge(t, 1, Integer::sum));
        }
        List<TableInfo> tables = new ArrayList<>(catalog.tables());
        tables.sort(Comparator.comparingInt((TableInfo t) -> -incoming.getOrDefault(t, 0)).thenComparing(t -> t.id().key()));
        return tables;
    }

    /** A column that names a row (Name, Title, CompanyName), if the table has one. */
    private static Optional<ColumnInfo> labelColumn(TableInfo table) {
        return table.columns().stream().filter(ColumnInfo::isText)
                .filter(c -> {
                    List<String> words = Words.splitIdentifier(c.name());
                    return words.contains("name") || words.contains("title");
                })
                .findFirst();
    }

    /** Not a bridge table: some column is neither in the key nor a foreign key. */
    private static boolean hasOwnColumns(TableInfo table) {
        Set<String> keys = foreignKeyColumns(table);
        return table.columns().stream().anyMatch(c -> !c.primaryKey() && !keys.contains(lower(c.name())));
    }

    private static Set<String> foreignKeyColumns(TableInfo table) {
        Set<String> out = new HashSet<>();
        table.foreignKeys().forEach(fk -> fk.columns().forEach(c -> out.add(lower(c))));
        return out;
    }

    /** "total due" for TotalDue; "total list price" for ListPrice. */
    private static String moneyPhrase(ColumnInfo column) {
        String words = phrase(column.name());
        return List.of(words.split(" ")).contains("total") ? words : "total " + words;
    }

    /** A table's name in words, without a trailing "header" or "detail" that names its role, not its rows. */
    private static String tablePhrase(TableInfo table) {
        List<String> words = new ArrayList<>(List.of(phrase(table.name()).split(" ")));
        if (words.size() > 1 && Set.of("header", "headers", "detail", "details", "info", "data").contains(
                words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    /** An identifier in lowercase words, as written: {@code OrderDate} → "order date". */
    private static String phrase(String identifier) {
        return String.join(" ", identifier.split("(?<=[a-z0-9])(?=[A-Z])|[_\\s]+")).toLowerCase(Locale.ROOT).trim();
    }

    private static String plural(String phrase) {
        if (phrase.endsWith("s")) {
            return phrase;
        }
        if (phrase.endsWith("y") && phrase.length() > 1 && "aeiou".indexOf(phrase.charAt(phrase.length() - 2)) < 0) {
            return phrase.substring(0, phrase.length() - 1) + "ies";
        }
        return phrase.endsWith("x") || phrase.endsWith("ch") || phrase.endsWith("sh") ? phrase + "es" : phrase + "s";
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
