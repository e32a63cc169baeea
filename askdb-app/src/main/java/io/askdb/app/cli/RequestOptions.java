package io.askdb.app.cli;

import picocli.CommandLine.Option;

/** The {@code --offline} and {@code --no-cache} options shared by commands that ask questions. */
final class RequestOptions {

    @Option(names = "--offline", description = "Do not call any LLM (tiers 1, 2 and 4 only).")
    boolean offline;

    @Option(names = "--no-cache", description = "Neither read nor write the caches.")
    boolean noCache;
}
