package io.askdb.cache;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Removes entries of this process's levels 1 and 2 and their semantic index entries, by question
 * pattern or by table, whether the request came from an operator here or from another server.
 */
final class LocalInvalidation {

    private LocalInvalidation() {}

    /** Removes entries whose normalized question matches the glob; returns them as {@code level:key}. */
    static Set<String> byPattern(List<CacheLevel> levels, SemanticIndex semantic, String pattern) {
        Glob glob = Glob.of(pattern);
        Predicate<String> byKey = key -> glob.matches(CacheKeys.question(key));
        Set<String> removed = new HashSet<>();
        for (CacheLevel level : levels) {
            level.removeLocal(byKey, held -> false).forEach(key -> removed.add(level.tag() + ":" + key));
        }
        semantic.removeIf(entry -> byKey.test(entry.key()));
        return removed;
    }

    /** Removes entries whose SQL reads the table (a bare lower-case name) or could not be parsed. */
    static Set<String> byTable(List<CacheLevel> levels, SemanticIndex semantic, String bareTable) {
        Predicate<Set<String>> reads = tables -> tables.contains(bareTable) || tables.contains(TableNames.ANY);
        Set<String> removed = new HashSet<>();
        for (CacheLevel level : levels) {
            level.removeLocal(key -> false, held -> reads.test(held.tables()))
                    .forEach(key -> removed.add(level.tag() + ":" + key));
        }
        semantic.removeIf(entry -> reads.test(entry.tables()));
        return removed;
    }
}
