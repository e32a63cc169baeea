package io.askdb.pipeline;

import io.askdb.llm.ComplexityAnalyzer.Complexity;
import io.askdb.llm.Difficulty;
import io.askdb.llm.RoutingDecision;
import io.askdb.orchestration.EnsembleReport;
import io.askdb.orchestration.OrchestrationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what the tiers noted in a request's context into the response's {@code details} object.
 * The keys come in the order the tiers run (complexity, cache, fast path, orchestration, airplane
 * mode, then the answer's explanation); this class is the one place that names them.
 */
final class ResponseDetails {

    /** The key of the reading assumed for a vague question; kept when the answer is served again from the cache. */
    static final String ASSUMPTION = "assumption";

    private ResponseDetails() {}

    /** The details of a response; {@code explanation} is the answer's, or null. */
    static Map<String, Object> of(QueryContext context, String explanation) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("complexity", complexity(context.complexity()));
        context.cacheMatch().ifPresent(match -> out.put("cache", cache(match)));
        context.fastPathConfidence().ifPresent(confidence -> out.put("fastPathConfidence", confidence));
        orchestration(context.report(), out);
        context.airplaneConfidence().ifPresent(confidence -> out.put("airplaneConfidence", confidence));
        context.suggestions().ifPresent(s -> {
            out.put("tables", s.tables());
            out.put("suggestions", s.questions());
        });
        if (explanation != null) {
            out.put("explanation", explanation);
        }
        return out;
    }

    /** The seed's keyword reading of the question, shown in every response's account (one input of routing). */
    private static Map<String, Object> complexity(Complexity c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("score", c.score());
        out.put("level", c.level());
        out.put("confidence", c.levelConfidence());
        out.put("indicators", c.indicators());
        c.speedPriority().ifPresent(s -> out.put("speedPriority", s));
        return out;
    }

    /** details.cache: which level, exact or semantic, and for a semantic hit the question it matched. */
    private static Map<String, Object> cache(CacheMatch match) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", match.semantic() ? "semantic" : "exact");
        out.put("level", match.level());
        if (match.semantic()) {
            out.put("matchedQuestion", match.matchedQuestion());
        }
        return out;
    }

    private static void orchestration(OrchestrationReport report, Map<String, Object> out) {
        report.routing().ifPresent(route -> out.put("routing", routing(route)));
        report.strategy().ifPresent(strategy -> out.put("strategy", strategy.wireName()));
        report.ensemble().ifPresent(ensemble -> out.put("ensemble", ensemble(ensemble)));
        report.fallback().ifPresent(note -> out.put("fallback", note));
        if (report.droppedStatements()) {
            out.put("droppedStatements", true);
        }
        report.failureAnalysis().ifPresent(analysis -> out.put("failureAnalysis", analysis));
        report.assumption().ifPresent(assumption -> out.put(ASSUMPTION, assumption));
        if (!report.readings().isEmpty()) {
            out.put("readings", report.readings());
        }
    }

    private static Map<String, Object> routing(RoutingDecision route) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", route.model());
        out.put("complex", route.complex());
        out.put("confidence", route.confidence());
        out.put("reasoning", route.reasoning());
        out.put("downgraded", route.downgraded());
        if (route.difficulty() != null) {
            out.put("score", route.difficulty().score());
            List<Map<String, Object>> parts = new ArrayList<>();
            for (Difficulty.Part p : route.difficulty().parts()) {
                Map<String, Object> part = new LinkedHashMap<>();
                part.put("signal", p.signal());
                part.put("reading", p.reading());
                part.put("points", Math.round(p.points() * 100) / 100.0);
                parts.add(part);
            }
            out.put("parts", parts);
        }
        return out;
    }

    private static Map<String, Object> ensemble(EnsembleReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("agreement", report.agreement());
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (EnsembleReport.Candidate c : report.candidates()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("model", c.model());
            one.put("sql", c.sql());
            one.put("ran", c.ran());
            one.put("rowCount", c.rowCount());
            one.put("error", c.error());
            candidates.add(one);
        }
        out.put("candidates", candidates);
        return out;
    }
}
