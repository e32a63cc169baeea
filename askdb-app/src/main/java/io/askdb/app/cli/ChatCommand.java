package io.askdb.app.cli;

import io.askdb.AskDb;
import io.askdb.config.AskDbConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code askdb chat}: an interactive conversation in the terminal, with line editing and history. */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = {"Ask questions one after another; follow-ups (\"and in 2007?\", \"only the red ones\")"
                + " are read against the previous question.",
            "Commands: :new starts a new conversation, :dry toggles showing the SQL and plan before running,"
                    + " :run runs the question last shown dry, :quit (or Ctrl-D) leaves."})
final class ChatCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Mixin
    RequestOptions request = new RequestOptions();

    @Mixin
    DryRunOption dryRun = new DryRunOption();

    @Option(names = "--history", paramLabel = "FILE",
            description = "Where to keep the line history (default: ~/.askdb_history).")
    Path history;

    @Override
    public Integer call() throws IOException {
        AskDbConfig config = AskDbConfig.fromEnvironment();
        Path historyFile = history != null ? history : Path.of(System.getProperty("user.home"), ".askdb_history");
        try (AskDb askdb = AskDb.builder().config(database.apply(config)).build();
                Terminal terminal = TerminalBuilder.builder().name("askdb").system(true).build()) {
            new ChatSession(askdb, request, dryRun.dryRun, historyFile).run(terminal);
        }
        return 0;
    }
}
