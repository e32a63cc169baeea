package io.askdb.offline;

import java.util.List;
import java.util.Optional;

/**
 * A last ORDER BY key for a ranking the question sizes ("the top 8 products by list price"). Rows
 * tied on the ranked value would otherwise come in whatever order the database finds them, so
 * which of them make the cut, and in what order, could change from run to run. A sized ranking is
 * a list shown in order; ties are listed by the name the rows are shown with, as a person would.
 *
 * <p>Left alone: superlatives without a number ("the oldest singer" asks for the one, and no order
 * of ties is more right than another), groupings and aggregates, and lists that do not show the
 * rows' name.
 */
final class TieBreaker {

    private TieBreaker() {}

    /**
     * The key to append to {@code order}, or empty.
     *
     * @param sized the number of rows the question asked for, 0 when it named none
     */
    static Optional<Plan.Order> lastKey(List<Plan.Item> select, Plan.Column label, List<Plan.Column> groupBy,
            List<Plan.Order> order, int sized) {
        if (sized <= 0 || order.isEmpty() || !groupBy.isEmpty() || label == null) {
            return Optional.empty();
        }
        boolean rows = select.stream().allMatch(i -> i.aggregate() == null);
        boolean shown = select.stream().anyMatch(i -> label.equals(i.column()));
        boolean ordered = order.stream().anyMatch(o -> label.equals(o.item().column()));
        return rows && shown && !ordered ? Optional.of(new Plan.Order(Plan.Item.of(label), false)) : Optional.empty();
    }
}
