package io.askdb.app.server;

import io.askdb.AskDb;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The order databases are offered in: the default first, then the others by name. */
final class Databases {

    private Databases() {}

    static List<String> ordered(Set<String> names) {
        List<String> others = new ArrayList<>(names);
        others.remove(AskDb.DEFAULT_DATABASE);
        others.sort(String::compareTo);
        List<String> ordered = new ArrayList<>();
        if (names.contains(AskDb.DEFAULT_DATABASE)) {
            ordered.add(AskDb.DEFAULT_DATABASE);
        }
        ordered.addAll(others);
        return ordered;
    }
}
