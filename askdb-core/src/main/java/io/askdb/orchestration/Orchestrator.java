package io.askdb.orchestration;

import io.askdb.api.AskDbException;
import io.askdb.api.ErrorCode;
import io.askdb.api.Strategy;
import io.askdb.config.PipelineSettings;
import io.askdb.llm.CallRecord;
import io.askdb.llm.LlmGateway;
import io.askdb.llm.LlmReply;
import io.askdb.llm.LlmUnavailableException;
import io.askdb.llm.LlmUsage;
import io.askdb.llm.RoutingDecision;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableInfo;
import io.askdb.schema.linking.MeasureReadings;
import io.askdb.sql.SqlExecutionException;
import io.askdb.sql.SqlRejectedException;
import io.askdb.schema.linking.SchemaSelector;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The four steps of tier 3 in as few LLM calls as a question needs. Intent and approach come from
 * rules (routing's difficulty estimate, {@link StrategySelector}); schema selection from the catalog;
 * the one generation call carries the chosen approach. Only a failed attempt costs another call:
 * its SQL and error go back to the model until {@code maxCorrections} is spent, or until the model
 * repeats a statement or the same error comes back (the same repair prompt is never sent twice).
 *
 * <p>Thread-safe: it keeps no per-request state; the knowledge base and sample cache are concurrent.
 */
public final class Orchestrator {

    /**
     * What the orchestration produced: SQL that ran, a clarifying question, no model to ask, or every
     * attempt failed (with its analysis).
     */
    public sealed interface Result {
        record Ran(String sql, io.askdb.sql.QueryResult rows, Strategy strategy, String model, String explanation)
                implements Result {}

        record Clarify(String question) implements Result {}

        /** No model could be reached; {@code reason} is the tier's account in words. */
        record Unavailable(String reason) implements Result {}

        /** The models answered, but no attempt ran; {@code reason} carries the failure analysis. */
        record Exhausted(String reason) implements Result {}
    }

    /** The failure recorded when a model's answer holds no statement to run. */
    static AskDbException noSql() {
        return new AskDbException(ErrorCode.LLM_BAD_ANSWER, false, "the answer held no SQL statement");
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

    public Result answer(OrchestrationRequest context) {
        LlmUsage usage = new LlmUsage();
        try {
            return run(context, usage);
        } catch (LlmUnavailableException e) {
            return new Result.Unavailable("unavailable: " + e.getMessage());
        } finally {
            for (CallRecord call : usage.calls()) {
                context.recordLlmCall(call);
            }
        }
    }

    private Result run(OrchestrationRequest context, LlmUsage usage) {
        String question = context.question();
        OrchestrationReport report = context.report();
        SchemaCatalog catalog = context.snapshot().catalog();
        SchemaSelector.Selection selection = SchemaSelector.choose(catalog, question, context.values());
        RoutingDecision route = gateway.route(context.difficulty(selection.detailed().size()));
        report.routed(route);
        context.step("intent: " + route.reasoning());

        int matched = matchedWords(question, selection.detailed());
        Strategy strategy = StrategySelector.choose(question, matched, route.complex());
        // A vague question is asked back only when the schema offers no reading of it: otherwise it is
        // answered with the most likely reading, and the response says which one was assumed.
        Optional<MeasureReadings.Reading> reading = Optional.empty();
        if (strategy == Strategy.CLARIFICATION) {
            reading = MeasureReadings.read(catalog, question, deniedColumns(context));
            if (reading.isEmpty()) {
                report.chose(strategy);
                List<String> offers = MeasureReadings.offers(catalog, deniedColumns(context));
                report.offered(offers);
                context.step("approach: clarification; readings offered: " + String.join("; ", offers));
                return new Result.Clarify(clarifyingQuestion(offers));
            }
            strategy = route.complex() ? Strategy.ITERATIVE_REFINEMENT : Strategy.DIRECT;
            report.assumed(reading.get().assumption());
            selection = withTables(selection, reading.get().tables());
        }
        List<TableInfo> tables = selection.detailed();
        report.chose(strategy);
        context.step("schema selected: " + tables.size() + " of " + catalog.size()
                + " tables" + (selection.listed().isEmpty() ? "" : " (and " + selection.listed().size() + " listed by name)")
                + "; approach: " + strategy.wireName()
                + reading.map(r -> "; assumed: " + r.assumption()).orElse(""));

        String schema = schemaTexts.render(context.snapshot().catalog(), selection, context.database().dialect(),
                () -> samples.forTables(context.database(), context.snapshot(), tables), deniedColumns(context));
        String database = context.database().name();
        String system = PromptBuilder.system(context.database().dialect());
        String prompt = PromptBuilder.generation(question, schema, knowledge.notes(database),
                knowledge.similarExamples(database, question, FEW_SHOTS), strategy,
                reading.map(MeasureReadings.Reading::instruction));

        LlmReply reply;
        if (ensembleWanted(context, route)) {
            Ensemble.Vote vote = Ensemble.vote(gateway, system, prompt, usage, context, strategy);
            if (vote.answer().isPresent()) {
                knowledge.remember(database, question, vote.answer().get().sql());
                return vote.answer().get();
            }
            if (vote.toCorrect().isEmpty()) {
                return new Result.Unavailable("unavailable: neither model answered in ensemble mode");
            }
            reply = vote.toCorrect().get();
        } else {
            reply = gateway.ask(route, system, prompt, usage);
        }
        if (reply.fellBack()) {
            report.fellBack(reply.note());
        }
        Set<String> triedSql = new HashSet<>();
        Set<String> seenErrors = new HashSet<>();
        for (int attempt = 0; ; attempt++) {
            SqlExtractor.Extracted extracted = SqlExtractor.extract(reply.text());
            if (extracted.clarification().isPresent()) {
                report.offered(MeasureReadings.offers(catalog, deniedColumns(context)));
                return new Result.Clarify(extracted.clarification().get());
            }
            Optional<String> error;
            if (extracted.sql().isEmpty()) {
                AskDbException noSql = noSql();
                error = Optional.of(noSql.getMessage());
                context.fail(reply.text(), noSql);
            } else {
                if (extracted.extraStatementsDropped()) {
                    report.droppedExtraStatements();
                }
                Optional<OrchestrationRequest.Ran> ran = context.run(extracted.sql().get());
                if (ran.isPresent()) {
                    knowledge.remember(database, question, ran.get().sql());
                    Strategy used = attempt > 0 && strategy == Strategy.DIRECT ? Strategy.ITERATIVE_REFINEMENT : strategy;
                    return new Result.Ran(ran.get().sql(), ran.get().rows(), used, reply.model(),
                            "written by " + reply.model() + (attempt > 0 ? " after " + attempt + " correction(s)" : "")
                                    + reading.map(r -> "; " + r.assumption()).orElse(""));
                }
                error = Optional.of(context.lastError());
            }
            String failedSql = extracted.sql().orElse(reply.text());
            // A repeated statement or error would send the same repair prompt again and get the same
            // answer: stop paying for it and let the failure analysis and airplane mode take over.
            boolean repeatedSql = !triedSql.add(normalized(failedSql));
            boolean repeatedError = !seenErrors.add(error.get());
            if (attempt >= maxCorrections || repeatedSql || repeatedError) {
                String analysis = failureAnalysis(context.failures());
                String why = repeatedSql ? "; stopped: " + reply.model() + " repeated a statement it had already sent"
                        : repeatedError ? "; stopped: the same error came back" : "";
                report.analysed(analysis + why);
                return new Result.Exhausted("all " + (attempt + 1) + " attempts failed: " + analysis + why);
            }
            context.step("correction " + (attempt + 1) + ": sending the error back to " + reply.model());
            reply = gateway.ask(route, system, PromptBuilder.repair(question, schema, failedSql, error.get()), usage);
        }
    }

    /** A statement as compared for repeats: spacing and a final semicolon aside, the same text. */
    static String normalized(String sql) {
        return sql.strip().replaceAll("\\s+", " ").replaceAll(";$", "");
    }

    private boolean ensembleWanted(OrchestrationRequest context, RoutingDecision route) {
        return context.ensembleRequested() || ensemble == PipelineSettings.Ensemble.ALWAYS
                || (ensemble == PipelineSettings.Ensemble.COMPLEX && route.complex());
    }

    /** The request's failed attempts, in words: what kept failing. */
    private static String failureAnalysis(List<AskDbException> failures) {
        Map<String, Long> kinds = failures.stream()
                .collect(Collectors.groupingBy(Orchestrator::kind, LinkedHashMap::new, Collectors.counting()));
        String last = failures.isEmpty() ? "none" : failures.get(failures.size() - 1).getMessage();
        return kinds.entrySet().stream().map(e -> e.getValue() + "× " + e.getKey())
                .collect(Collectors.joining(", ")) + "; last error: " + last;
    }

    /** One failure in the analysis' words, by the guard's rule or the database's SQLState kind. */
    static String kind(AskDbException error) {
        if (error instanceof SqlRejectedException rejected) {
            return switch (rejected.reason()) {
                case UNKNOWN_TABLE, UNKNOWN_COLUMN -> "unknown name";
                case DENIED_COLUMN -> "denied column";
                case PARSE_ERROR -> "syntax error";
                case EMPTY -> "no SQL in the answer";
                case MULTIPLE_STATEMENTS, NOT_READ_ONLY, SELECT_INTO, LOCKING_CLAUSE, PROCEDURE_CALL ->
                        "not a single read-only query";
                case FORBIDDEN_FUNCTION, SYSTEM_CATALOG, TOO_LONG, INVALID_CHARACTER, HIDDEN_STATEMENT, TOO_COMPLEX ->
                        "refused by the guard";
            };
        }
        if (error instanceof SqlExecutionException failed) {
            return switch (failed.kind()) {
                case UNKNOWN_OBJECT -> "unknown name";
                case SYNTAX -> "syntax error";
                default -> "database error";
            };
        }
        return error.code() == ErrorCode.LLM_BAD_ANSWER ? "no SQL in the answer" : "database error";
    }

    /** The question asked back, with the concrete readings the schema offers. */
    private static String clarifyingQuestion(List<String> offers) {
        return "Which measure or subject do you mean? For example: " + String.join("; ", offers) + ".";
    }

    /** The selection with these tables shown in full too (a reading's tables, which the question's words may miss). */
    private static SchemaSelector.Selection withTables(SchemaSelector.Selection selection, List<TableInfo> needed) {
        Set<TableInfo> detailed = new LinkedHashSet<>(needed);
        detailed.addAll(selection.detailed());
        List<TableInfo> listed = selection.listed().stream().filter(t -> !detailed.contains(t)).toList();
        return new SchemaSelector.Selection(List.copyOf(detailed), listed);
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

    private static Set<String> deniedColumns(OrchestrationRequest context) {
        return context.database().deniedColumns();
    }
}
