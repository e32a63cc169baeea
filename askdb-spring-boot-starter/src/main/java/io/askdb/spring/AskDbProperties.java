package io.askdb.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The starter's own switches under {@code askdb.*}. Every other {@code askdb.*} property is one of
 * askdb's environment variables in Spring's relaxed form (see {@link AskDbSettings}):
 * {@code askdb.llm-provider} is {@code LLM_PROVIDER}, {@code askdb.rate-limit} is
 * {@code ASKDB_RATE_LIMIT}.
 */
@ConfigurationProperties("askdb")
public class AskDbProperties {

    /** Whether to build an AskDb at all. */
    private boolean enabled = true;

    /** Answer on the application's DataSource (through read-only connections) rather than askdb.database-url. */
    private boolean useDataSource = true;

    private final Rest rest = new Rest();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isUseDataSource() {
        return useDataSource;
    }

    public void setUseDataSource(boolean useDataSource) {
        this.useDataSource = useDataSource;
    }

    public Rest getRest() {
        return rest;
    }

    /** The optional HTTP endpoint with the contract of {@code askdb serve}'s {@code POST /api/query}. */
    public static class Rest {

        /** Whether to serve the endpoint (off unless asked for: it lets callers query the database). */
        private boolean enabled = false;

        /** Where to serve it. */
        private String path = "/api/query";

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            this.path = path;
        }
    }
}
