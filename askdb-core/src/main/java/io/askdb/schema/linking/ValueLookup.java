package io.askdb.schema.linking;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.TableInfo;
import java.util.List;

/**
 * Where the values of a database can be looked up by how a question spells them ("France" finds
 * the column holding 'France'). Reading the values takes SQL, which linking may not use; the
 * offline reader's {@code ValueIndex} reads them and answers here.
 */
public interface ValueLookup {

    /** Where a value was seen: a column and the value as the database spells it. */
    record Hit(TableInfo table, ColumnInfo column, String value) {}

    /** No values: linking then relies on quoted values and schema names alone. */
    ValueLookup NONE = phrase -> List.of();

    /** Columns holding this value, compared without regard to case and surrounding blanks. */
    List<Hit> lookup(String phrase);

    /**
     * Columns holding a value of several words one of which is this word ("Diana" in 'Diana Smith'), each
     * with one such value; none when this lookup keeps no words.
     */
    default List<Hit> containing(String word) {
        return List.of();
    }
}
