package io.askdb.bench;

import io.askdb.config.DatabaseSettings;
import io.askdb.sample.SampleDatabase;

/**
 * The embedded SalesLT sample as every measurement here uses it: loaded once per JVM, then reached
 * by a URL naming the same in-memory database with the settings the loader opened it with, so
 * that every pool, contestant and benchmark in the JVM shares one copy of the data.
 */
public final class EmbeddedSalesLt {

    /** The sample's database, as the loader opens it: CamelCase names, matched in any case. */
    public static final String URL = DatabaseSettings.SAMPLE_URL + ";DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";

    private EmbeddedSalesLt() {}

    /** Loads the sample unless this JVM has it already; returns {@link #URL}. */
    public static String load() {
        SampleDatabase.ensureEmbeddedLoaded(URL, "", "");
        return URL;
    }
}
