package io.askdb.bench.replay;

import java.nio.file.Path;
import java.util.List;

/**
 * How one replay runs.
 *
 * @param contestants which of askdb, baseline, peer to run, in this order
 * @param peerJar the peer's jar, or null to look beside the bench jar
 * @param details a JSONL file for one line per question and contestant, or null
 * @param oneAtATime run the contestants one after another rather than at once, so that none of
 *     them waits for a core another one holds (cleaner timings, longer replay)
 */
public record ReplayOptions(int questions, long seed, boolean virtualClock, double zipfExponent,
        List<String> contestants, Path peerJar, Path details, boolean oneAtATime) {

    public static final List<String> ALL = List.of("askdb", "baseline", "peer");

    public ReplayOptions {
        if (questions < 1) {
            throw new IllegalArgumentException("--questions must be >= 1, was " + questions);
        }
        if (zipfExponent <= 0) {
            throw new IllegalArgumentException("--zipf must be > 0, was " + zipfExponent);
        }
        contestants = List.copyOf(contestants);
        for (String c : contestants) {
            if (!ALL.contains(c)) {
                throw new IllegalArgumentException("unknown contestant '" + c + "'; known: " + ALL);
            }
        }
    }
}
