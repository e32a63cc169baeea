package io.askdb.app.cli;

import io.askdb.api.AskDbException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code askdb} command and the wiring of its subcommands. */
@Command(
        name = "askdb",
        mixinStandardHelpOptions = true,
        version = "askdb 0.1.0",
        description = "Ask questions about a relational database in plain language.",
        subcommands = {AskCommand.class, SchemaCommand.class, ServeCommand.class, McpCommand.class, SampleDbCommand.class, EvalCommand.class,
            ChatCommand.class,
            CommandLine.HelpCommand.class})
public final class AskDbCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with askdb's error handling: configuration mistakes print one clear line. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new AskDbCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException || e instanceof AskDbException) {
                commandLine.getErr().println("askdb: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        return cli;
    }
}
