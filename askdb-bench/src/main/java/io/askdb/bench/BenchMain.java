package io.askdb.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar askdb-bench/target/askdb-bench.jar replay|load ...}. */
@Command(name = "askdb-bench", mixinStandardHelpOptions = true,
        description = "askdb's workload replay and HTTP load generator (JMH: java -jar benchmarks.jar).",
        subcommands = {ReplayCommand.class, LoadCommand.class})
public final class BenchMain implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
