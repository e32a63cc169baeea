package io.askdb.offline;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.linking.Mention;
import io.askdb.text.Token;
import io.askdb.text.Words;
import java.util.Locale;
import java.util.Set;

/**
 * "How much does X cost", "rooms that cost more than 120": "cost" as a verb asks what a buyer pays,
 * the price, even where the table also has a cost column (what the seller pays). The noun ("the
 * cost of", "average cost") keeps its own column.
 */
final class PriceVerb {

    private static final Set<String> COMPARISONS = Set.of(
            "more", "less", "fewer", "over", "under", "above", "below", "between", "at", "exactly");
    private static final Set<String> AUXILIARIES = Set.of("do", "does", "did");

    private PriceVerb() {}

    /** Whether the mention is the single word "cost" used as a verb. */
    static boolean asksPrice(Question q, Mention mention) {
        int at = mention.start();
        if (mention.length() != 1 || at >= q.size()) {
            return false;
        }
        if (q.token(at).lower().equals("costing")) {
            return true;
        }
        if (!q.lemma(at).equals("cost")) {
            return false;
        }
        int next = at + 1;
        if (next < q.size() && (q.token(next).isNumber() || COMPARISONS.contains(q.token(next).lower()))) {
            return true;
        }
        boolean last = q.tokens().subList(next, q.size()).stream().noneMatch(Token::isWord);
        return last && q.tokens().subList(0, at).stream().anyMatch(t -> AUXILIARIES.contains(t.lower()));
    }

    /** A column whose name says price: ListPrice, unit_price, LISTPRICE. */
    static boolean isPrice(ColumnInfo column) {
        return Words.splitIdentifier(column.name()).contains("price")
                || column.name().toLowerCase(Locale.ROOT).endsWith("price");
    }
}
