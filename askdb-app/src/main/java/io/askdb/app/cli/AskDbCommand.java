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

    /** Read by {@link #logging} before any logger exists; declared here so every command accepts it. */
    @CommandLine.Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print askdb's log lines (on standard error); the server logs by default.")
    boolean verbose;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Sets the log level before the first logger is made: commands that answer and exit print only
     * their answer unless {@code --verbose} is given; the servers ({@code serve}, and {@code mcp}, whose
     * log goes to stderr for the agent's log file) keep their start-up and request log.
     */
    public static void logging(String[] args) {
        boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
        boolean serving = args.length > 0 && (args[0].equals("serve") || args[0].equals("mcp"));
        if (verbose) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
            System.setProperty("org.slf4j.simpleLogger.log.io.askdb", "info");
        } else if (!serving) {
            System.setProperty("org.slf4j.simpleLogger.log.io.askdb", "warn");
        }
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
