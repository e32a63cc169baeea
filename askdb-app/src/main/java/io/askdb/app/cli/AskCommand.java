package io.askdb.app.cli;

import io.askdb.AskDb;
import io.askdb.app.Json;
import io.askdb.config.AskDbConfig;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code askdb ask "QUESTION"}: one question, answered and printed. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Answer one question: prints the SQL, the tier, the timing and the rows.")
final class AskCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "QUESTION", description = "The question, in quotes.")
    String question;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--json", description = "Print the response object as JSON instead of a table.")
    boolean json;

    @Mixin
    RequestOptions request = new RequestOptions();

    @Mixin
    DryRunOption dryRun = new DryRunOption();

    @Option(names = "--all-columns",
            description = "List every readable column of the rows (default: the columns that identify and describe them).")
    boolean allColumns;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AskDbConfig config = AskDbConfig.fromEnvironment();
        try (AskDb askdb = database.open(config)) {
            QueryResponse response = askdb.ask(QueryRequest.of(question).withOffline(request.offline)
                    .withNoCache(request.noCache).withAllColumns(allColumns).withDryRun(dryRun.dryRun));
            out.println(json ? Json.pretty(response) : ResponsePrinter.render(response));
            out.flush();
            return response.success() ? 0 : 1;
        }
    }
}
