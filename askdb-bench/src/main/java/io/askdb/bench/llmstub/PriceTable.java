package io.askdb.bench.llmstub;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A way to price the replay's model calls. Tokens are counted once; each table prices them.
 *
 * @param name short name for the report and the JSON ({@code design}, {@code list})
 * @param source where the prices come from, and when they were read
 * @param perMillion USD per million prompt and completion tokens, by model
 * @param billsReasoning whether a reasoning model's reasoning tokens are billed (as completion
 *     tokens, as OpenAI bills them); a per-question price already includes them
 */
public record PriceTable(String name, String source, Map<String, double[]> perMillion, boolean billsReasoning) {

    /**
     * The design's per-question figures ($0.002 a gpt-4.1 question, $0.008 an o4-mini question),
     * spread over tokens so that a reference call of 1,000 prompt and 100 completion tokens costs
     * that much; the figure covers the whole question, so reasoning tokens are not billed again.
     */
    public static PriceTable design(ModelTable models) {
        Map<String, double[]> prices = new LinkedHashMap<>();
        for (String model : new String[] {"gpt-4.1", "o4-mini"}) {
            ModelSpec spec = models.get(model);
            prices.put(model, new double[] {spec.inputPerMillion(), spec.outputPerMillion()});
        }
        return new PriceTable("design", "the design's per-question figures, spread over a 1,000 + 100 token call",
                prices, false);
    }

    /**
     * OpenAI's list prices per token, standard tier (the table askdb's {@code LlmTuning} carries):
     * gpt-4.1 $2.00 / $8.00, o4-mini $1.10 / $4.40 per million prompt / completion tokens.
     */
    public static PriceTable list() {
        Map<String, double[]> prices = new LinkedHashMap<>();
        prices.put("gpt-4.1", new double[] {2.00, 8.00});
        prices.put("o4-mini", new double[] {1.10, 4.40});
        return new PriceTable("list", LIST_SOURCE, prices, true);
    }

    /** Where the list prices come from. */
    public static final String LIST_SOURCE = "OpenAI standard-tier list prices, the same as askdb's LlmTuning; read on"
            + " 2026-12-05 from a table copied from OpenAI's pricing page in March 2026"
            + " (deploybase.ai/articles/openai-pricing), not from OpenAI's page itself";

    public PriceTable {
        perMillion = Map.copyOf(perMillion);
    }

    /** The cost of a model's calls: prompt tokens, completion tokens (reasoning included), reasoning tokens. */
    public double cost(String model, long promptTokens, long completionTokens, long reasoningTokens) {
        double[] p = perMillion.get(model.toLowerCase(Locale.ROOT));
        if (p == null) {
            throw new IllegalArgumentException("no price for " + model + " in the " + name + " table");
        }
        long billedCompletion = billsReasoning ? completionTokens : completionTokens - reasoningTokens;
        return (promptTokens * p[0] + billedCompletion * p[1]) / 1_000_000;
    }

    public String describe() {
        StringBuilder s = new StringBuilder(name).append(": ");
        perMillion.forEach((model, p) -> s.append(String.format(Locale.ROOT, "%s $%.2f/$%.2f, ", model, p[0], p[1])));
        return s.append("per million prompt/completion tokens")
                .append(billsReasoning ? ", reasoning tokens billed as completion" : ", reasoning tokens not billed")
                .append(" (").append(source).append(")").toString();
    }
}
