package io.askdb.orchestration;

import io.askdb.api.Strategy;
import io.askdb.llm.RoutingDecision;
import java.util.List;
import java.util.Optional;

/**
 * What the orchestration noted while it worked on one request, for the response's account: the
 * route, the approach, the ensemble vote, a model fallback, dropped extra statements and, when every
 * attempt failed, the analysis; the reading assumed for a vague question, or the concrete readings
 * offered when none could be assumed. Only this package writes it; whatever was noted before a failure
 * (an unavailable model, say) stays. Confined to the request's thread.
 */
public final class OrchestrationReport {

    private RoutingDecision routing;
    private Strategy strategy;
    private EnsembleReport ensemble;
    private String fallback;
    private boolean droppedStatements;
    private String failureAnalysis;
    private String assumption;
    private List<String> readings = List.of();

    public Optional<RoutingDecision> routing() {
        return Optional.ofNullable(routing);
    }

    public Optional<Strategy> strategy() {
        return Optional.ofNullable(strategy);
    }

    public Optional<EnsembleReport> ensemble() {
        return Optional.ofNullable(ensemble);
    }

    /** Why the complex model's question went to the fast model, when it did. */
    public Optional<String> fallback() {
        return Optional.ofNullable(fallback);
    }

    /** The model's answer held more than one statement; only the first was run. */
    public boolean droppedStatements() {
        return droppedStatements;
    }

    /** What kept failing, in words, when every attempt failed. */
    public Optional<String> failureAnalysis() {
        return Optional.ofNullable(failureAnalysis);
    }

    /** How a vague question was read, in words ("read 'revenue' as SalesOrderHeader.TotalDue by month of OrderDate"). */
    public Optional<String> assumption() {
        return Optional.ofNullable(assumption);
    }

    /** Concrete questions drawn from the schema, offered when a question had to be asked back. */
    public List<String> readings() {
        return readings;
    }

    void assumed(String value) {
        this.assumption = value;
    }

    void offered(List<String> values) {
        this.readings = List.copyOf(values);
    }

    void routed(RoutingDecision value) {
        this.routing = value;
    }

    void chose(Strategy value) {
        this.strategy = value;
    }

    void voted(EnsembleReport value) {
        this.ensemble = value;
    }

    void fellBack(String note) {
        this.fallback = note;
    }

    void droppedExtraStatements() {
        this.droppedStatements = true;
    }

    void analysed(String analysis) {
        this.failureAnalysis = analysis;
    }
}
