package io.askdb;

import io.askdb.config.DatabaseSettings;

/** Loads the embedded SalesLT sample when a database URL names it. */
final class EmbeddedSample {

    private EmbeddedSample() {}

    static void loadIfSample(String url) {
        if (DatabaseSettings.SAMPLE_URL.equals(url)) {
            throw new IllegalStateException("the embedded sample is not available in this build");
        }
    }
}
