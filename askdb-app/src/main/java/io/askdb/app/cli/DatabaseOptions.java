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

    /** askdb for one command that answers and exits: no background embedding to wait for at exit. */
    AskDb open(AskDbConfig config) {
        return AskDb.builder().config(apply(config)).embedStoredQuestions(false).build();
    }
}
