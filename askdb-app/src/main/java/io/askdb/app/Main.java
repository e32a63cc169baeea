package io.askdb.app;

import io.askdb.app.cli.AskDbCommand;
import picocli.CommandLine;

/** {@code java -jar askdb.jar}: hands the arguments to the command line. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        AskDbCommand.logging(args);
        ExitSignals.install();
        System.exit(AskDbCommand.commandLine().execute(args));
    }
}
