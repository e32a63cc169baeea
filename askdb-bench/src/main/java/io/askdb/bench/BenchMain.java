package io.askdb.bench;

import io.askdb.bench.chaos.ChaosCommand;
import io.askdb.bench.chaos.SoakCommand;
import io.askdb.bench.fit.AdventureWorksCommand;
import io.askdb.bench.fit.ConfidenceFit;
import io.askdb.bench.fit.LowercaseSpider;
import io.askdb.bench.fit.RoutingCommand;
import io.askdb.bench.fit.SpiderTuning;
import io.askdb.bench.probe.Probe;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar askdb-bench/target/askdb-bench.jar replay|load|ceiling|large-schema|chaos|soak|tune|fit|routing|probe|lowercase|adventureworks ...}. */
@Command(name = "askdb-bench", mixinStandardHelpOptions = true,
        description = "askdb's workload replay, HTTP load generator, large-schema and reliability runs, confidence-fitting "
                + "tools and offline probe (JMH: java -jar benchmarks.jar).",
        subcommands = {ReplayCommand.class, LoadCommand.class, CeilingCommand.class, LargeSchemaCommand.class,
            SpiderTuning.class, ConfidenceFit.class, RoutingCommand.class, Probe.class, LowercaseSpider.class, ChaosCommand.class,
            SoakCommand.class, AdventureWorksCommand.class})
public final class BenchMain implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
