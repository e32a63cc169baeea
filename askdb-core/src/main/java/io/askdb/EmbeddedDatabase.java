package io.askdb;

/**
 * Fills the embedded default database, which askdb opens when nothing else is configured
 * ({@link io.askdb.config.DatabaseSettings#SAMPLE_URL}). askdb-core ships none: askdb-sample's
 * {@code SampleDatabase::ensureEmbeddedLoaded} is the usual one. {@link AskDb} takes the one given to
 * {@link AskDb.Builder#embeddedDatabase}, else the first registered under
 * {@code META-INF/services/io.askdb.EmbeddedDatabase} (as askdb.jar registers the SalesLT sample).
 */
@FunctionalInterface
public interface EmbeddedDatabase {

    /**
     * Called for every database before its pool opens, with the URL askdb will connect to and the
     * credentials it connects with. Loads the database when the URL is this one's (unless it is
     * loaded already) and returns true; returns false, doing nothing, for any other URL.
     */
    boolean ensureLoaded(String jdbcUrl, String user, String password);
}
