package io.askdb.app.cli;

import io.askdb.config.AskDbConfig;
import io.askdb.config.DatabaseSettings;
import io.askdb.sample.SampleDatabase;
import io.askdb.sample.SampleLoadReport;
import io.askdb.sql.Dialect;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code askdb sample-db}: loads the SalesLT sample into PostgreSQL, MariaDB/MySQL or H2. */
@Command(name = "sample-db", mixinStandardHelpOptions = true,
        description = {"Load the SalesLT sample (AdventureWorksLT's schema) into a database.",
            "Drops and recreates the SalesLT schema (MariaDB/MySQL: database) it owns; run it as a user that may."})
final class SampleDbCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, paramLabel = "JDBC_URL",
            description = "Where to load it, e.g. jdbc:postgresql://127.0.0.1:5432/test or jdbc:mariadb://127.0.0.1:3306/test.")
    String url;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Load Microsoft's published AdventureWorksLT data files from DIR instead of generated rows.")
    Path data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DatabaseSettings settings = AskDbConfig.fromEnvironment().database();
        Dialect dialect = Dialect.fromJdbcUrl(url);
        try (Connection connection = DriverManager.getConnection(url, settings.user().orElse(null),
                settings.password().orElse(null))) {
            SampleLoadReport report = data == null
                    ? SampleDatabase.load(connection)
                    : SampleDatabase.loadFromCsv(connection, data);
            out.printf(Locale.ROOT, "Loaded the SalesLT sample (%s rows) into %s:%n",
                    report.source() == SampleLoadReport.Source.GENERATED ? "generated" : "Microsoft's", dialect.displayName());
            report.rowCounts().forEach((table, rows) -> out.printf(Locale.ROOT, "  %-32s %6d%n", table, rows));
            out.printf(Locale.ROOT, "%d rows in %d ms%n", report.totalRows(), report.elapsed().toMillis());
            out.flush();
            return 0;
        }
    }
}
