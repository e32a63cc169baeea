package io.askdb.offline;

import io.askdb.llm.Difficulty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The routing's difficulty estimate: a weighted sum of the named {@link DifficultySignals} plus a
 * base, so each input's share of the score can be shown. The weights are a logistic regression of
 * Spider train's hardness (hard and extra-hard against easy, medium left out), fitted with folds
 * split by database by {@code askdb-bench routing --write}; the base is shifted so that the cut the
 * fit chose on held-out databases lands on the default {@code COMPLEXITY_THRESHOLD} of 1.5. A
 * higher threshold sends fewer questions to the complex model, a lower one more.
 *
 * <p>File format ({@code difficulty-model.txt}): {@code #} comment lines, then one {@code name weight}
 * a line, {@code base} among them. Immutable.
 */
final class DifficultyModel {

    static final String BASE = "base";

    static final DifficultyModel SHIPPED = load("difficulty-model.txt");

    private final Map<String, Double> weights;

    DifficultyModel(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** The score and its parts: each input that adds or takes away something, and the base; they sum to the score. */
    Difficulty estimate(DifficultySignals signals, Optional<String> speedPriority) {
        List<Difficulty.Part> parts = new ArrayList<>();
        double base = weights.getOrDefault(BASE, 0.0);
        double score = base;
        for (var e : signals.values().entrySet()) {
            double points = weights.getOrDefault(e.getKey(), 0.0) * e.getValue();
            if (points != 0) {
                parts.add(new Difficulty.Part(e.getKey(), signals.reading(e.getKey()), points));
            }
            score += points;
        }
        parts.add(new Difficulty.Part(BASE, "base", base));
        return new Difficulty(score, parts, speedPriority);
    }

    /** The model's text: the header as comments, then the base and each weight, one a line. */
    static String format(Map<String, Double> weights, String header) {
        StringBuilder out = new StringBuilder();
        for (String line : header.split("\n")) {
            out.append("# ").append(line).append('\n');
        }
        out.append(String.format(Locale.ROOT, "%s %.4f%n", BASE, weights.getOrDefault(BASE, 0.0)));
        for (String name : DifficultySignals.NAMES) {
            out.append(String.format(Locale.ROOT, "%s %.4f%n", name, weights.getOrDefault(name, 0.0)));
        }
        return out.toString();
    }

    static DifficultyModel parse(String text) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\\s+");
            if (f.length != 2 || !(f[0].equals(BASE) || DifficultySignals.NAMES.contains(f[0]))) {
                throw new IllegalArgumentException("not a line of a difficulty model: " + line);
            }
            weights.put(f[0], Double.parseDouble(f[1]));
        }
        return new DifficultyModel(weights);
    }

    private static DifficultyModel load(String resource) {
        try (InputStream in = DifficultyModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the difficulty model " + resource + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
