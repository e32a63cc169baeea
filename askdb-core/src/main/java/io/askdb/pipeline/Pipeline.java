package io.askdb.pipeline;

import io.askdb.api.TierName;
import io.askdb.api.Strategy;
import io.askdb.api.QueryRequest;
import io.askdb.api.ErrorInfo;
import io.askdb.api.QueryResponse;
import io.askdb.api.TierReport;
import io.askdb.api.ProgressListener;
import io.askdb.api.AskDbException;
import io.askdb.api.ErrorCode;
import io.askdb.api.Deadline;
import io.askdb.cache.AnswerCache;
import io.askdb.llm.Difficulty;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.linking.ValueLookup;
import io.askdb.sql.Database;
import io.askdb.sql.QueryPlan;
import io.askdb.sql.SqlRejectedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a question through the tiers, cheapest first, and always returns a response. A tier that
 * declines or throws hands over to the next; each one's outcome and reason go into the response's
 * {@code tiers}. Successful answers of the fast path and the orchestration are stored in the cache,
 * and so are fresh rows of SQL the cache tier ran again. A dry run ({@link QueryRequest#dryRun()})
 * goes through the same tiers, but each statement is guarded and planned instead of run, and the
 * response carries the plan and is never stored.
 *
 * <p>While the database is known to be down (its breaker is open), a question the cache cannot
 * answer is refused at once with {@code DATABASE_UNAVAILABLE}, without an LLM call.
 *
 * <p>Thread-safe: it holds no per-request state; each request gets its own {@link QueryContext}.
 */
public final class Pipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final List<Tier> tiers;
    private final OfflineAnswerers answerers;
    private final AnswerCache cache;
    private final PreparedQuestions questions;
    private final ExampleQuestions examples = new ExampleQuestions();
    private final Duration requestTimeout;
    private final SelectionValues selectionValues = new SelectionValues();

    Pipeline(List<Tier> tiers, OfflineAnswerers answerers, AnswerCache cache, int maxQuestionLength,
            UnaryOperator<String> normalizer, Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
        this.tiers = List.copyOf(tiers);
        this.answerers = answerers;
        this.cache = cache;
        this.questions = new PreparedQuestions(new QuestionScreen(maxQuestionLength), normalizer);
    }

    /**
     * Prepares what the first question on this database would otherwise pay for (the offline answerer),
     * and starts reading a large schema's values for schema selection in the background.
     */
    public void warmUp(Database database) {
        startSelectionValues(database, database.snapshot().catalog());
    }

    /**
     * Waits until schema selection can use the values of this database (read in the background on a
     * large schema; a small one needs none).
     *
     * @return whether they are ready within the timeout
     */
    public boolean awaitSelectionValues(Database database, Duration timeout) {
        SchemaCatalog catalog = database.snapshot().catalog();
        startSelectionValues(database, catalog);
        return selectionValues.await(catalog, timeout);
    }

    /** Stops reading values in the background. */
    @Override
    public void close() {
        selectionValues.close();
    }

    /**
     * Answers within the request's time limit: {@code ASKDB_REQUEST_TIMEOUT} from now, or the
     * caller's own {@link Deadline} when it is sooner (the server's starts when the request arrives).
     */
    public QueryResponse run(QueryRequest request, Database database, ProgressListener progress) {
        Deadline deadline = Deadline.current().min(Deadline.in(requestTimeout));
        try (Deadline.Scope ignored = Deadline.enter(deadline)) {
            return run(request, database, progress, deadline);
        }
    }

    private QueryResponse run(QueryRequest request, Database database, ProgressListener progress, Deadline deadline) {
        long start = System.nanoTime();
        List<TierReport> reports = new ArrayList<>();
        QueryContext context = null;
        PreparedQuestions.Prepared question;
        try {
            question = questions.prepare(request.question());
        } catch (AskDbException e) {
            return failure(request, null, reports, start, ErrorInfo.of(e)).asRefusal();
        }
        try {
            Database.Snapshot snapshot = database.snapshot();
            context = new QueryContext(request, question.normalized(), question.complexity(), database, snapshot,
                    progress);
            context.difficultyReader(difficultyReader(context));
            context.values(selectionValues(context));
            boolean higherTierUnavailable = false;
            AskDbException lastFailure = null;
            for (Tier tier : tiers) {
                if (!tier.applies(context)) {
                    continue;
                }
                if (tier.name() != TierName.CACHE) {
                    // Every tier after the cache needs the database: while it is known to be down, refuse at once.
                    database.ensureReachable();
                    if (deadline.passed()) {
                        throw new AskDbException(ErrorCode.QUERY_TIMEOUT, true, "the request's time limit of "
                                + deadline.limit().toMillis() + " ms ran out before the " + tier.name().wireName()
                                + " tier could try");
                    }
                }
                long tierStart = System.nanoTime();
                progress.step(tier.name().wireName() + ": trying");
                TierOutcome outcome;
                try {
                    outcome = tier.attempt(context);
                } catch (AskDbException e) {
                    reports.add(report(tier, "failed", e.getMessage(), tierStart));
                    progress.step(tier.name().wireName() + " failed: " + e.getMessage());
                    higherTierUnavailable |= e.retryable();
                    lastFailure = e;
                    continue;
                } catch (RuntimeException e) {
                    LOG.error("tier {} failed unexpectedly on '{}'", tier.name().wireName(), question.question(), e);
                    reports.add(report(tier, "failed", "internal error: " + e, tierStart));
                    continue;
                }
                if (outcome instanceof TierOutcome.Declined declined) {
                    reports.add(report(tier, "declined", declined.reason(), tierStart));
                    progress.step(tier.name().wireName() + " declined: " + declined.reason());
                    higherTierUnavailable |= declined.why() == TierOutcome.Why.UNAVAILABLE;
                    continue;
                }
                if (outcome instanceof TierOutcome.Clarify clarify) {
                    reports.add(report(tier, "clarification", clarify.question(), tierStart));
                    progress.step(tier.name().wireName() + " asks: " + clarify.question());
                    return clarification(context, tier.name(), clarify.question(), reports, start);
                }
                reports.add(report(tier, "answered", null, tierStart));
                progress.step(tier.name().wireName() + " answered");
                if (outcome instanceof TierOutcome.Final fin) {
                    return finish(fin, context, reports, start);
                }
                Answer answer = ((TierOutcome.Answered) outcome).answer();
                boolean degraded = tier.name() == TierName.AIRPLANE || higherTierUnavailable;
                QueryResponse response = success(context, tier.name(), answer, degraded, reports, start);
                if (request.dryRun()) {
                    // Never stored: a dry run has no rows, and its answer is the plan of this moment.
                    return response.asDryRun(context.plan().map(QueryPlan::toMap).orElse(null));
                }
                if (!request.noCache() && tier.name() != TierName.AIRPLANE) {
                    storeQuietly(context, response);
                }
                return response;
            }
            // A tier that failed (database down, statement timeout) says more than "no answer" does.
            if (lastFailure != null) {
                return failure(request, context, reports, start, ErrorInfo.of(lastFailure));
            }
            Optional<SqlRejectedException> denied = deniedColumn(context);
            if (denied.isPresent()) {
                ErrorInfo refusal = ErrorInfo.of(ErrorCode.SQL_REJECTED, "askdb does not read that: "
                        + denied.get().getMessage() + ".").withExamples(examples.of(database, answerers.forContext(context)));
                return failure(request, context, reports, start, refusal).asRefusal();
            }
            return failure(request, context, reports, start, noAnswer(context));
        } catch (AskDbException e) {
            return failure(request, context, reports, start, ErrorInfo.of(e));
        } catch (RuntimeException e) {
            LOG.error("pipeline failed unexpectedly on '{}'", request.question(), e);
            return failure(request, context, reports, start,
                    ErrorInfo.of(ErrorCode.INTERNAL, "internal error: " + e.getClass().getSimpleName()));
        }
    }

    /**
     * The offline reader's difficulty estimate for routing; should the reading fail, the keyword score
     * alone routes the question, so a reader's bug never costs the LLM tier its answer.
     */
    /** Starts reading the catalog's values for schema selection, sharing the offline answerer's index when complete. */
    private void startSelectionValues(Database database, SchemaCatalog catalog) {
        selectionValues.start(database, catalog, answerers.index(database, catalog));
    }

    /** The value index for this request's selection, started now if the catalog is new (reloaded). */
    private ValueLookup selectionValues(QueryContext context) {
        try {
            SchemaCatalog catalog = context.snapshot().catalog();
            startSelectionValues(context.database(), catalog);
            return selectionValues.ready(catalog);
        } catch (RuntimeException e) {
            LOG.warn("could not consult the value index for '{}', selecting by names: {}", context.question(),
                    e.toString());
            return ValueLookup.NONE;
        }
    }

    private IntFunction<Difficulty> difficultyReader(QueryContext context) {
        return selected -> {
            try {
                return answerers.forContext(context).difficulty(context.question(), selected, context.complexity());
            } catch (RuntimeException e) {
                LOG.warn("could not estimate the difficulty of '{}', routing by keywords: {}", context.question(),
                        e.toString());
                return Difficulty.ofKeywords(context.complexity());
            }
        };
    }

    private QueryResponse finish(TierOutcome.Final fin, QueryContext context, List<TierReport> reports, long start) {
        QueryResponse stored = fin.response();
        // Confidence belongs to an offline reading of this question; a cache hit is no reading. The
        // reading assumed for a vague question still holds for its stored answer, so it is said again.
        Map<String, Object> details = new LinkedHashMap<>(ResponseDetails.of(context, null));
        Object assumption = stored.details().get(ResponseDetails.ASSUMPTION);
        if (assumption != null) {
            details.put(ResponseDetails.ASSUMPTION, assumption);
        }
        return stored.asCacheHit(context.question(), millisSince(start), reports, details)
                .withConfidence(null, List.of());
    }

    private void storeQuietly(QueryContext context, QueryResponse response) {
        try {
            cache.store(context, response);
        } catch (RuntimeException e) {
            LOG.warn("could not store the answer to '{}' in the cache: {}", context.question(), e.toString());
        }
    }

    private static QueryResponse success(QueryContext context, TierName tier, Answer answer, boolean degraded,
            List<TierReport> reports, long start) {
        var result = answer.result();
        String model = answer.model() != null ? answer.model() : context.lastModel();
        return new QueryResponse(true, context.question(), answer.sql(), tier, answer.strategy(), model,
                result.columns(), result.rows(), result.rowCount(), result.truncated(), millisSince(start),
                context.llmCalls(), context.promptTokens(), context.completionTokens(), context.costUsd(), degraded,
                null, context.attempts(), null, reports, ResponseDetails.of(context, answer.explanation()))
                .withConfidence(answer.confidence(), answer.unplaced());
    }

    private static QueryResponse clarification(QueryContext context, TierName tier, String question,
            List<TierReport> reports, long start) {
        return new QueryResponse(false, context.question(), null, tier, Strategy.CLARIFICATION, context.lastModel(),
                List.of(), List.of(), 0, false, millisSince(start), context.llmCalls(), context.promptTokens(),
                context.completionTokens(), context.costUsd(), false, question, context.attempts(),
                ErrorInfo.of(ErrorCode.CLARIFICATION_NEEDED, "the question needs clarification: " + question)
                        .withExamples(context.report().readings()),
                reports, ResponseDetails.of(context, null));
    }

    private static QueryResponse failure(QueryRequest request, QueryContext context, List<TierReport> reports,
            long start, ErrorInfo error) {
        boolean hasContext = context != null;
        return new QueryResponse(false, request.question(), null, lastTier(reports), null,
                hasContext ? context.lastModel() : null, List.of(), List.of(), 0, false, millisSince(start),
                hasContext ? context.llmCalls() : 0, hasContext ? context.promptTokens() : 0,
                hasContext ? context.completionTokens() : 0, hasContext ? context.costUsd() : 0.0,
                reports.stream().anyMatch(r -> r.tier() == TierName.AIRPLANE), null,
                hasContext ? context.attempts() : List.of(), error, reports,
                hasContext ? ResponseDetails.of(context, null) : Map.of());
    }

    /** The tier that had the last word; the response's tier is never null. */
    private static TierName lastTier(List<TierReport> reports) {
        return reports.isEmpty() ? TierName.AIRPLANE : reports.get(reports.size() - 1).tier();
    }

    /** "Not answerable here", in a sentence, with questions that do work on this database. */
    private ErrorInfo noAnswer(QueryContext context) {
        ErrorInfo error = ErrorInfo.of(ErrorCode.NO_ANSWER, "askdb could not turn this question into SQL for this"
                + " database. Try naming a table or a column it holds, or ask one of the example questions.");
        return error.withExamples(examples.of(context.database(), answerers.forContext(context)));
    }

    /**
     * Three to five questions the offline tiers answer on this database (checked, not only built
     * from its names), for an empty page and for an answer that could not be found.
     */
    public List<String> exampleQuestions(Database database) {
        return examples.of(database, answerers.forDatabase(database, database.snapshot().catalog()));
    }

    /** The guard's refusal of a denied column, when that is why no SQL ran. */
    private static Optional<SqlRejectedException> deniedColumn(QueryContext context) {
        return context.failures().stream()
                .filter(e -> e instanceof SqlRejectedException r && r.reason() == SqlRejectedException.Reason.DENIED_COLUMN)
                .map(SqlRejectedException.class::cast)
                .findFirst()
                .filter(e -> context.attempts().stream().allMatch(a -> a.error() != null));
    }

    private static TierReport report(Tier tier, String outcome, String reason, long tierStart) {
        return new TierReport(tier.name(), outcome, reason, millisSince(tierStart));
    }

    private static double millisSince(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 10_000.0) / 100.0;
    }
}
