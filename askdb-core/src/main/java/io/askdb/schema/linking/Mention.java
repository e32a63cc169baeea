package io.askdb.schema.linking;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.TableInfo;
import java.util.List;

/**
 * A span of question tokens linked to the schema or to a value.
 *
 * @param start first token index
 * @param end token index after the span
 * @param kind what the span names
 * @param links the candidates, best first (for a literal value with no known column: none)
 * @param literal for a VALUE, the value as the question or the database spells it; for a TABLE or
 *     COLUMN, the number of content words the span covers (an Integer)
 */
public record Mention(int start, int end, Kind kind, List<Link> links, Object literal) {

    public enum Kind {
        TABLE,
        COLUMN,
        VALUE
    }

    public Mention {
        links = List.copyOf(links);
    }

    /** One table or column the span may name, with how well it matches (1 = exactly). */
    public record Link(TableInfo table, ColumnInfo column, double score, String value) {}

    public double bestScore() {
        return links.isEmpty() ? 0 : links.get(0).score();
    }

    public int length() {
        return end - start;
    }
}
