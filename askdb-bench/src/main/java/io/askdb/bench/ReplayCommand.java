package io.askdb.bench;

import io.askdb.bench.replay.Replay;
import io.askdb.bench.replay.ReplayOptions;
import io.askdb.bench.workload.WorkloadGenerator;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replays a generated SalesLT question stream through askdb, a baseline and LangChain4j's "
                + "text-to-SQL retriever against an LLM stub, and ends with one line of JSON.")
final class ReplayCommand implements Callable<Integer> {

    /** slf4j-simple's level for askdb's loggers; a system property wins over simplelogger.properties. */
    private static final String ASKDB_LOG_LEVEL = "org.slf4j.simpleLogger.log.io.askdb";

    @Option(names = "--questions", defaultValue = "10000", description = "questions in the stream (${DEFAULT-VALUE})")
    int questions;

    @Option(names = "--seed", defaultValue = "1", description = "the stream's seed (${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--virtual-clock", description = "account model latency instead of waiting for it")
    boolean virtualClock;

    @Option(names = "--zipf", defaultValue = "" + WorkloadGenerator.DEFAULT_ZIPF_EXPONENT,
            description = "Zipf exponent of question popularity (${DEFAULT-VALUE})")
    double zipf;

    @Option(names = "--only", split = ",", description = "contestants to run: askdb, baseline, peer (all)")
    List<String> only;

    @Option(names = "--peer-jar", description = "the peer's jar (askdb-bench/peer/target/askdb-bench-peer.jar)")
    Path peerJar;

    @Option(names = "--details", description = "write one JSON line per question and contestant to this file")
    Path details;

    @Option(names = "--one-at-a-time",
            description = "run the contestants one after another, not at once (cleaner timings, slower)")
    boolean oneAtATime;

    @Override
    public Integer call() throws Exception {
        // The report is the output; askdb's line per routing decision (13,000 of them) would bury it.
        if (System.getProperty(ASKDB_LOG_LEVEL) == null) {
            System.setProperty(ASKDB_LOG_LEVEL, "warn");
        }
        ReplayOptions options = new ReplayOptions(questions, seed, virtualClock, zipf,
                only == null ? ReplayOptions.ALL : only, peerJar, details, oneAtATime);
        new Replay(options, System.out, System.err).run();
        return 0;
    }
}
