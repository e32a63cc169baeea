package io.askdb.orchestration;

import io.askdb.api.Strategy;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Chooses the approach by rules, without an LLM call: clarification for a question that names
 * nothing in the schema, decomposition for a question that asks several things at once, iterative
 * refinement for a complex one, direct generation otherwise.
 */
final class StrategySelector {

    private static final Pattern SEVERAL_PARTS = Pattern.compile(
            "\\b(compare[ds]?|versus|vs\\.?|as well as|along with|and also|both .+ and|difference between"
                    + "|relative to|share of|percentage of|ratio of)\\b");
    private static final Pattern VAGUE = Pattern.compile(
            "^(show|give|tell|get|what about|list)( me)?( the| all| some)? (data|everything|stuff|things|info"
                    + "|information|numbers|results|it|them)( please)?$");

    private StrategySelector() {}

    /**
     * @param schemaWordsMatched how many of the question's words matched a table, column or value
     * @param complex whether routing judged the question complex
     */
    static Strategy choose(String question, int schemaWordsMatched, boolean complex) {
        String q = question.toLowerCase(Locale.ROOT).replaceAll("[?.!]+$", "").trim();
        if (VAGUE.matcher(q).matches() || (schemaWordsMatched == 0 && q.split("\\s+").length <= 3)) {
            return Strategy.CLARIFICATION;
        }
        if (SEVERAL_PARTS.matcher(q).find()) {
            return Strategy.DECOMPOSITION;
        }
        return complex ? Strategy.ITERATIVE_REFINEMENT : Strategy.DIRECT;
    }
}
