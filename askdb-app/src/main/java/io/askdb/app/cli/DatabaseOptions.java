package io.askdb.app.cli;

import io.askdb.AskDb;
import io.askdb.config.AskDbConfig;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by commands that open a database. */
final class DatabaseOptions {

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "JDBC URL of the database (default: DATABASE_URL, else the embedded SalesLT sample).")
    String url;

    AskDbConfig apply(AskDbConfig config) {
        return url == null ? config : config.withDatabase(config.database().withUrl(url));
    }

    AskDb open(AskDbConfig config) {
        return AskDb.builder().config(apply(config)).build();
    }
}
