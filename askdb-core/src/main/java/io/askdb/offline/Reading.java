package io.askdb.offline;

import io.askdb.schema.linking.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * What each linked span of a question does in the query, decided from the cues around it: a
 * projected column, an aggregate, a filter with its value, a grouping, an ordering, the counted
 * table. Mutable while {@link RoleAssigner} and {@link Composer} fill it; one per question, never shared.
 */
final class Reading {

    enum Role {
        PROJECT,
        AGGREGATE,
        CONDITION,
        GROUP,
        ORDER,
        SUPERLATIVE,
        COUNTED,
        CONTEXT,
        HAVING,
        VALUE
    }

    /** One mention in one role; for CONDITION the operator and value(s), for AGGREGATE the function. */
    /**
     * A comparison's right side read from the question: an aggregate ("the average") or a factor
     * ("twice") of the column a mention names, or of the compared column itself when mention is null.
     */
    record Against(String aggregate, double factor, Mention mention) {}

    static final class Part {
        final Mention mention;
        Role role;
        String detail = "";
        Object value;
        Object value2;
        boolean descending;
        Mention.Link chosen;

        Part(Mention mention, Role role) {
            this.mention = mention;
            this.role = role;
        }

        @Override
        public String toString() {
            return role + (detail.isEmpty() ? "" : "(" + detail + ")") + "@" + mention.start()
                    + (chosen == null ? "" : ":" + chosen.table().name() + (chosen.column() == null ? "" : "." + chosen.column().name()))
                    + (value == null ? "" : "=" + value);
        }
    }

    final List<Part> parts = new ArrayList<>();
    final java.util.Set<Cue> used = new java.util.HashSet<>();
    int limit;
    boolean countForm;
    boolean countDistinct;
    boolean allColumns;
    String countSuperlative;
    String havingOp;
    double havingValue;
    int unexplained;
    /** The unexplained content words, as written. */
    final List<String> unexplainedWords = new ArrayList<>();
    /** Whether a negation became a NOT EXISTS or IS NULL condition ({@link Absence}), and that condition. */
    boolean negationPlaced;
    Plan.Condition absent;
    /** "customers who have a middle name": the named column is filled. */
    Plan.Condition present;
    int unexplainedNames;
    int unanchored;
    /** Choices the reading made among equals before composing, such as which of two foreign keys a negation means. */
    int ambiguous;
    final List<String> notes = new ArrayList<>();
    final boolean[] explained;

    Reading(int size) {
        explained = new boolean[size];
    }

    void explain(int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, explained.length); i++) {
            explained[i] = true;
        }
    }

    List<Part> with(Role role) {
        return parts.stream().filter(p -> p.role == role).toList();
    }
}
