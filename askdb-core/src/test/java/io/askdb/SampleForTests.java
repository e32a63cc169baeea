package io.askdb;

import io.askdb.sample.SampleDatabase;

/**
 * Core's tests answer on the SalesLT sample as askdb.jar does: askdb-sample is a test dependency, and
 * this registration (META-INF/services) is what askdb-app registers for the real thing. Public only
 * for {@link java.util.ServiceLoader}.
 */
public final class SampleForTests implements EmbeddedDatabase {

    @Override
    public boolean ensureLoaded(String jdbcUrl, String user, String password) {
        return SampleDatabase.ensureEmbeddedLoaded(jdbcUrl, user, password);
    }
}
