package io.askdb.bench.llmstub;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The models the stub serves, by lower-case name. */
public final class ModelTable {

    /** The design's table: gpt-4.1 1.2 s and $0.002 a question, o4-mini 2.8 s and $0.008. */
    public static ModelTable defaults() {
        return new ModelTable(Map.of(
                "gpt-4.1", ModelSpec.calibrated("gpt-4.1", Duration.ofMillis(1200), 0.002),
                "o4-mini", ModelSpec.calibrated("o4-mini", Duration.ofMillis(2800), 0.008)));
    }

    private final Map<String, ModelSpec> models;

    public ModelTable(Map<String, ModelSpec> models) {
        Map<String, ModelSpec> byName = new LinkedHashMap<>();
        models.values().forEach(m -> byName.put(m.name().toLowerCase(Locale.ROOT), m));
        this.models = Map.copyOf(byName);
    }

    public Optional<ModelSpec> find(String name) {
        return Optional.ofNullable(name == null ? null : models.get(name.toLowerCase(Locale.ROOT)));
    }

    public ModelSpec get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no model " + name + " in " + models.keySet()));
    }

    /** The same prices for askdb's own estimate, in ASKDB_LLM_PRICES form ("model=in/out,..."). */
    public String asAskDbPrices() {
        return models.values().stream()
                .sorted(java.util.Comparator.comparing(ModelSpec::name))
                .map(m -> String.format(Locale.ROOT, "%s=%.6f/%.6f", m.name(), m.inputPerMillion(), m.outputPerMillion()))
                .collect(Collectors.joining(","));
    }
}
