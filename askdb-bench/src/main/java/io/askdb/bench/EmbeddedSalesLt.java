package io.askdb.bench;

import io.askdb.config.DatabaseSettings;
import io.askdb.sample.SampleDatabase;

/**
 * The embedded SalesLT sample as every measurement here uses it: loaded once per JVM, so that every
 * pool, contestant and benchmark in the JVM shares one copy of the data.
 */
public final class EmbeddedSalesLt {

    /** askdb's default database: the in-memory sample. */
    public static final String URL = DatabaseSettings.SAMPLE_URL;

    private EmbeddedSalesLt() {}

    /** Loads the sample unless this JVM has it already; returns {@link #URL}. */
    public static String load() {
        SampleDatabase.ensureEmbeddedLoaded(URL, "", "");
        return URL;
    }
}
