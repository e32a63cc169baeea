package io.askdb.app.cli;

import picocli.CommandLine.Option;

/** The {@code --dry-run} option of the commands that answer for people ({@code ask}, {@code chat}). */
final class DryRunOption {

    @Option(names = "--dry-run", description = "Show the SQL, what it reads and the database's plan (EXPLAIN); run nothing.")
    boolean dryRun;
}
