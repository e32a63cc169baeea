package io.askdb.bench.replay;

import io.askdb.bench.workload.Phrasings;
import java.nio.file.Path;
import java.util.List;

/**
 * How one replay runs.
 *
 * @param contestants which of askdb, baseline, baseline-default, peer to run, in this order
 * @param peerJar the peer's jar, or null to look beside the bench jar
 * @param details a JSONL file for one line per question and contestant, or null
 * @param oneAtATime run the contestants one after another rather than at once, so that none of
 *     them waits for a core another one holds (cleaner timings, longer replay)
 * @param phrasings which phrasing set the stream asks with
 * @param repeatRate below 0: repeats follow from the Zipf exponent; 0 to 1: the share of questions
 *     that repeat an earlier one word for word, the rest new intents
 * @param perfectModels the stub always answers with the gold SQL (the earlier replays' stub);
 *     otherwise each model is wrong on the stated shares of {@link io.askdb.bench.llmstub.SkillTable#defaults()}
 */
public record ReplayOptions(int questions, long seed, boolean virtualClock, double zipfExponent,
        List<String> contestants, Path peerJar, Path details, boolean oneAtATime, Phrasings phrasings,
        double repeatRate, boolean perfectModels) {

    public static final List<String> ALL = List.of("askdb", "baseline", "baseline-default", "peer");

    public ReplayOptions {
        if (questions < 1) {
            throw new IllegalArgumentException("--questions must be >= 1, was " + questions);
        }
        if (zipfExponent <= 0) {
            throw new IllegalArgumentException("--zipf must be > 0, was " + zipfExponent);
        }
        if (repeatRate > 1) {
            throw new IllegalArgumentException("--repeat-rate must be at most 1, was " + repeatRate);
        }
        contestants = List.copyOf(contestants);
        for (String c : contestants) {
            if (!ALL.contains(c)) {
                throw new IllegalArgumentException("unknown contestant '" + c + "'; known: " + ALL);
            }
        }
    }

    /** The replay as it ran before the phrasing sets, the repeat rate and the model-aware stub. */
    public ReplayOptions(int questions, long seed, boolean virtualClock, double zipfExponent, List<String> contestants,
            Path peerJar, Path details, boolean oneAtATime) {
        this(questions, seed, virtualClock, zipfExponent, contestants, peerJar, details, oneAtATime, Phrasings.TEMPLATES,
                -1, false);
    }

    ReplayOptions withRepeatRate(double rate, int count, List<String> who) {
        return new ReplayOptions(count, seed, virtualClock, zipfExponent, who, peerJar, null, oneAtATime, phrasings,
                rate, perfectModels);
    }
}
