package io.askdb.offline;

import io.askdb.schema.ForeignKeyInfo;
import io.askdb.schema.TableInfo;
import io.askdb.text.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which of several foreign keys from one table to another a question means: wedding(Male_ID,
 * Female_ID) both point at people, and "male people without a wedding" means Male_ID. A key whose
 * own words (those the other keys lack) a question word names wins, by stem: "destroy" names
 * Destroyed_by_Employee_ID, not Destruction_Authorised_by_Employee_ID. A possessed noun names the
 * other end instead: in "people who do not have friends", PersonFriend.friend holds the friends, so
 * the owner is PersonFriend.name. When no word decides, the first key stands and the choice is a guess.
 */
final class OwningKey {

    /** The chosen key, and whether the question's words left it a guess among several. */
    record Choice(ForeignKeyInfo key, boolean guessed) {}

    private OwningKey() {}

    /**
     * The key of {@code keys} (all from one table to the same other table) the question means;
     * {@code possessed} is the index of the noun said as what is had or lacked ("friends" in
     * "do not have friends"), or -1.
     */
    static Choice among(List<ForeignKeyInfo> keys, Question q, int possessed) {
        if (keys.size() == 1) {
            return new Choice(keys.get(0), false);
        }
        List<Set<String>> own = ownWords(keys);
        if (possessed >= 0) {
            String stem = Words.stem(q.lemma(possessed));
            List<ForeignKeyInfo> others = new ArrayList<>();
            boolean named = false;
            for (int i = 0; i < keys.size(); i++) {
                if (own.get(i).contains(stem)) {
                    named = true;
                } else {
                    others.add(keys.get(i));
                }
            }
            if (named && others.size() == 1) {
                return new Choice(others.get(0), false);
            }
        }
        Set<String> said = new HashSet<>();
        for (int t = 0; t < q.size(); t++) {
            if (t != possessed && q.token(t).isWord()) {
                said.add(Words.stem(q.lemma(t)));
            }
        }
        ForeignKeyInfo named = null;
        for (int i = 0; i < keys.size(); i++) {
            if (own.get(i).stream().anyMatch(said::contains)) {
                if (named != null) {
                    return new Choice(keys.get(0), true);
                }
                named = keys.get(i);
            }
        }
        return named != null ? new Choice(named, false) : new Choice(keys.get(0), true);
    }

    /** Each key's column words, by stem, less those every key shares ("employee", "id"). */
    private static List<Set<String>> ownWords(List<ForeignKeyInfo> keys) {
        List<Set<String>> words = new ArrayList<>();
        for (ForeignKeyInfo k : keys) {
            Set<String> stems = new HashSet<>();
            for (String w : Words.splitIdentifier(k.columns().get(0))) {
                stems.add(Words.stem(w));
            }
            words.add(stems);
        }
        Set<String> shared = new HashSet<>(words.get(0));
        words.forEach(shared::retainAll);
        words.forEach(w -> w.removeAll(shared));
        return words;
    }

    /** The single-column keys of {@code referencing} that point at {@code main}. */
    static List<ForeignKeyInfo> keysTo(TableInfo referencing, TableInfo main) {
        return referencing.foreignKeys().stream()
                .filter(fk -> fk.referencedTable().key().equals(main.id().key()) && fk.columns().size() == 1)
                .toList();
    }
}
