package io.askdb.orchestration;

import io.askdb.api.Attempt;
import io.askdb.api.Strategy;
import io.askdb.config.PipelineSettings;
import io.askdb.llm.CallRecord;
import io.askdb.llm.LlmGateway;
import io.askdb.llm.LlmReply;
import io.askdb.llm.LlmUnavailableException;
import io.askdb.llm.LlmUsage;
import io.askdb.llm.RoutingDecision;
import io.askdb.pipeline.QueryContext;
import io.askdb.schema.TableInfo;
import io.askdb.schema.linking.SchemaSelector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The four steps of tier 3 in as few LLM calls as a question needs. Intent and approach come from
 * rules (routing's complexity analysis, {@link StrategySelector}); schema selection from the catalog;
 * the one generation call carries the chosen approach. Only a failed attempt costs another call:
 * its SQL and error go back to the model until {@code maxCorrections} is spent.
 *
 * <p>Thread-safe: it keeps no per-request state; the knowledge base and sample cache are concurrent.
 */
public final class Orchestrator {

    /** What the orchestration produced: SQL that ran, a clarifying question, or a failure with its analysis. */
    public sealed interface Result {
        record Ran(String sql, io.askdb.sql.QueryResult rows, Strategy strategy, String model, String explanation)
                implements Result {}

        record Clarify(String question) implements Result {}

        record Failed(String reason, boolean unavailable) implements Result {}
    }

    private static final int FEW_SHOTS = 3;

    private final LlmGateway gateway;
    private final KnowledgeBase knowledge;
    private final int maxCorrections;
    private final PipelineSettings.Ensemble ensemble;
    private final SampleRows samples = new SampleRows();
    private final SchemaTexts schemaTexts = new SchemaTexts();

    public Orchestrator(LlmGateway gateway, KnowledgeBase knowledge, PipelineSettings settings) {
        this.gateway = gateway;
        this.knowledge = knowledge;
        this.maxCorrections = settings.maxCorrectionAttempts();
        this.ensemble = settings.ensemble();
    }

    public Result answer(QueryContext context, SqlAttempts attempts) {
        LlmUsage usage = new LlmUsage();
        try {
            return run(context, attempts, usage);
        } catch (LlmUnavailableException e) {
            return new Result.Failed("unavailable: " + e.getMessage(), true);
        } finally {
            for (CallRecord call : usage.calls()) {
                context.recordLlmCall(call.model(), call.promptTokens(), call.completionTokens(),
                        call.estimatedCostUsd());
            }
        }
    }

    private Result run(QueryContext context, SqlAttempts attempts, LlmUsage usage) {
        String question = context.question();
        RoutingDecision route = gateway.route(question);
        context.detail("routing", routing(route));
        context.step("intent: " + route.reasoning());

        List<TableInfo> tables = SchemaSelector.select(context.snapshot().catalog(), question);
        int matched = matchedWords(question, tables);
        Strategy strategy = StrategySelector.choose(question, matched, route.complex());
        context.detail("strategy", strategy.wireName());
        context.step("schema selected: " + tables.size() + " of " + context.snapshot().catalog().size()
                + " tables; approach: " + strategy.wireName());
        if (strategy == Strategy.CLARIFICATION) {
            return new Result.Clarify(clarifyingQuestion(context));
        }

        String schema = schemaTexts.render(context.snapshot().catalog(), tables, context.database().dialect(),
                () -> samples.forTables(context, tables), deniedColumns(context));
        String database = context.database().name();
        String system = PromptBuilder.system(context.database().dialect());
        String prompt = PromptBuilder.generation(question, schema, knowledge.notes(database),
                knowledge.similarExamples(database, question, FEW_SHOTS), strategy);

        LlmReply reply;
        if (ensembleWanted(context, route)) {
            Ensemble.Vote vote = Ensemble.vote(gateway, system, prompt, usage, context, attempts, strategy);
            if (vote.answer().isPresent()) {
                knowledge.remember(database, question, vote.answer().get().sql());
                return vote.answer().get();
            }
            if (vote.toCorrect().isEmpty()) {
                return new Result.Failed("unavailable: neither model answered in ensemble mode", true);
            }
            reply = vote.toCorrect().get();
        } else {
            reply = gateway.ask(route, system, prompt, usage);
        }
        if (reply.fellBack()) {
            context.detail("fallback", reply.note());
        }
        for (int attempt = 0; ; attempt++) {
            SqlExtractor.Extracted extracted = SqlExtractor.extract(reply.text());
            if (extracted.clarification().isPresent()) {
                return new Result.Clarify(extracted.clarification().get());
            }
            Optional<String> error;
            if (extracted.sql().isEmpty()) {
                error = Optional.of("the answer held no SQL statement");
                attempts.fail(reply.text(), error.get());
            } else {
                if (extracted.extraStatementsDropped()) {
                    context.detail("droppedStatements", true);
                }
                Optional<SqlAttempts.Ran> ran = attempts.run(extracted.sql().get());
                if (ran.isPresent()) {
                    knowledge.remember(database, question, ran.get().sql());
                    Strategy used = attempt > 0 && strategy == Strategy.DIRECT ? Strategy.ITERATIVE_REFINEMENT : strategy;
                    return new Result.Ran(ran.get().sql(), ran.get().rows(), used, reply.model(),
                            "written by " + reply.model() + (attempt > 0 ? " after " + attempt + " correction(s)" : ""));
                }
                error = Optional.of(attempts.lastError());
            }
            if (attempt >= maxCorrections) {
                String analysis = failureAnalysis(context.attempts());
                context.detail("failureAnalysis", analysis);
                return new Result.Failed("all " + (attempt + 1) + " attempts failed: " + analysis, false);
            }
            context.step("correction " + (attempt + 1) + ": sending the error back to " + reply.model());
            String failedSql = extracted.sql().orElse(reply.text());
            reply = gateway.ask(route, system, PromptBuilder.repair(question, schema, failedSql, error.get()), usage);
        }
    }

    private boolean ensembleWanted(QueryContext context, RoutingDecision route) {
        return context.request().ensemble() || ensemble == PipelineSettings.Ensemble.ALWAYS
                || (ensemble == PipelineSettings.Ensemble.COMPLEX && route.complex());
    }

    /** The request's attempts, in words: what kept failing. */
    private static String failureAnalysis(List<Attempt> attempts) {
        Map<String, Long> kinds = attempts.stream().filter(a -> a.error() != null)
                .collect(Collectors.groupingBy(a -> kind(a.error()), LinkedHashMap::new, Collectors.counting()));
        String last = attempts.isEmpty() ? "none" : attempts.get(attempts.size() - 1).error();
        return kinds.entrySet().stream().map(e -> e.getValue() + "× " + e.getKey())
                .collect(Collectors.joining(", ")) + "; last error: " + last;
    }

    private static String kind(String error) {
        String e = error.toLowerCase(Locale.ROOT);
        if (e.contains("unknown column") || e.contains("unknown table") || e.contains("not found")) {
            return "unknown name";
        }
        if (e.contains("denied")) {
            return "denied column";
        }
        if (e.contains("parse") || e.contains("syntax")) {
            return "syntax error";
        }
        if (e.contains("read-only") || e.contains("only one")) {
            return "not a single read-only query";
        }
        return "database error";
    }

    private static String clarifyingQuestion(QueryContext context) {
        List<String> tables = context.snapshot().catalog().tables().stream().limit(8)
                .map(t -> t.name()).toList();
        return "What would you like to know, and about which data? For example about " + String.join(", ", tables)
                + ".";
    }

    private static int matchedWords(String question, List<TableInfo> tables) {
        Set<String> words = SchemaSelector.words(question);
        int matched = 0;
        for (TableInfo table : tables) {
            for (String w : SchemaSelector.nameWords(table)) {
                matched += words.contains(w) ? 1 : 0;
            }
        }
        return matched;
    }

    private static Set<String> deniedColumns(QueryContext context) {
        return context.database().deniedColumns();
    }

    private static Map<String, Object> routing(RoutingDecision route) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", route.model());
        out.put("complex", route.complex());
        out.put("confidence", route.confidence());
        out.put("reasoning", route.reasoning());
        out.put("downgraded", route.downgraded());
        return out;
    }

    /** How the orchestration runs SQL: the pipeline's guard and executor, each attempt recorded. */
    public interface SqlAttempts {
        record Ran(String sql, io.askdb.sql.QueryResult rows) {}

        /** Guards and runs; empty when the guard or the database refused (the error is recorded). */
        Optional<Ran> run(String sql);

        /** Records an answer that could not be run at all. */
        void fail(String text, String error);

        /** The error of the last failed attempt. */
        String lastError();
    }
}
