package io.askdb.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs askdb commands in process and captures what they print. */
final class CliRunner {

    record Run(int exitCode, String out, String err) {}

    private CliRunner() {}

    static Run run(String... args) {
        CommandLine cli = AskDbCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
