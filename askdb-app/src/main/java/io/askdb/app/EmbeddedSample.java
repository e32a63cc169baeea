package io.askdb.app;

import io.askdb.EmbeddedDatabase;
import io.askdb.sample.SampleDatabase;

/**
 * askdb.jar's default database: with no {@code --db} and no {@code DATABASE_URL}, every command and
 * the server answer on the SalesLT sample, which this registration (META-INF/services) lets askdb-core
 * find without depending on askdb-sample. Public only for {@link java.util.ServiceLoader}.
 */
public final class EmbeddedSample implements EmbeddedDatabase {

    @Override
    public boolean ensureLoaded(String jdbcUrl, String user, String password) {
        return SampleDatabase.ensureEmbeddedLoaded(jdbcUrl, user, password);
    }
}
