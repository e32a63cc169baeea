package io.askdb.bench;

import io.askdb.bench.replay.Replay;
import io.askdb.bench.replay.RepeatSweep;
import io.askdb.bench.replay.ReplayOptions;
import io.askdb.bench.workload.Phrasings;
import io.askdb.bench.workload.WorkloadGenerator;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replays a generated SalesLT question stream through askdb, two baselines (every question to"
                + " o4-mini, every question to gpt-4.1) and LangChain4j's text-to-SQL retriever against a model-aware"
                + " LLM stub, prices it with the design's and the list price table, and ends with one line of JSON;"
                + " with --sweep, askdb and both baselines at several repeat rates, and a chart.")
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

    @Option(names = "--only", split = ",",
            description = "contestants to run: askdb, baseline (all to o4-mini), baseline-default (all to gpt-4.1), peer (all)")
    List<String> only;

    @Option(names = "--peer-jar", description = "the peer's jar (askdb-bench/peer/target/askdb-bench-peer.jar)")
    Path peerJar;

    @Option(names = "--details", description = "write one JSON line per question and contestant to this file")
    Path details;

    @Option(names = "--one-at-a-time",
            description = "run the contestants one after another, not at once (cleaner timings, slower)")
    boolean oneAtATime;

    @Option(names = "--phrasings", defaultValue = "templates",
            description = "the stream's phrasing set: templates (the fast path was tuned on it) or people (${DEFAULT-VALUE})")
    String phrasings;

    @Option(names = "--repeat-rate", defaultValue = "-1",
            description = "share of questions repeating an earlier one word for word, 0 to 1; the rest are new"
                    + " intents (default: repeats follow from --zipf)")
    double repeatRate;

    @Option(names = "--perfect-models", description = "the stub always answers with the gold SQL (the old stub)")
    boolean perfectModels;

    @Option(names = "--sweep", split = ",",
            description = "repeat rates to replay askdb and both baselines at, e.g. 0,0.1,...,0.7 (then --chart)")
    List<Double> sweep;

    @Option(names = "--chart", description = "with --sweep: the PNG of the cost and latency ratios against the repeat rate")
    Path chart;

    @Override
    public Integer call() throws Exception {
        // The report is the output; askdb's line per routing decision (13,000 of them) would bury it.
        if (System.getProperty(ASKDB_LOG_LEVEL) == null) {
            System.setProperty(ASKDB_LOG_LEVEL, "warn");
        }
        ReplayOptions options = new ReplayOptions(questions, seed, virtualClock, zipf,
                only == null ? ReplayOptions.ALL : only, peerJar, details, oneAtATime, Phrasings.of(phrasings),
                repeatRate, perfectModels);
        if (sweep != null) {
            new RepeatSweep(options, sweep, chart, System.out, System.err).run();
            return 0;
        }
        new Replay(options, System.out, System.err).run();
        return 0;
    }
}
