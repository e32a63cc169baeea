package io.askdb.orchestration;

import io.askdb.llm.LlmGateway;
import io.askdb.llm.LlmReply;
import io.askdb.llm.LlmUnavailableException;
import io.askdb.llm.LlmUsage;
import io.askdb.api.AskDbException;
import io.askdb.api.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Ensemble mode for critical questions: both models write SQL at the same time, both candidates are
 * guarded and run, and their results are compared. Agreement raises confidence; on disagreement
 * the candidate that ran wins, the complex model's when both ran, and both are reported.
 */
final class Ensemble {

    /**
     * The vote: an answer, or the reply to continue self-correction from when neither candidate ran;
     * both empty when neither model answered at all.
     */
    record Vote(Optional<Orchestrator.Result.Ran> answer, Optional<LlmReply> toCorrect) {}

    private record Candidate(LlmReply reply, Optional<OrchestrationRequest.Ran> ran, String error) {}

    private Ensemble() {}

    static Vote vote(LlmGateway gateway, String system, String prompt, LlmUsage usage, OrchestrationRequest context,
            Strategy strategy) {
        CompletableFuture<Optional<LlmReply>> fast = CompletableFuture.supplyAsync(
                () -> ask(gateway, gateway.fastRoute("ensemble: fast model"), system, prompt, usage));
        CompletableFuture<Optional<LlmReply>> complex = CompletableFuture.supplyAsync(
                () -> ask(gateway, gateway.complexRoute("ensemble: complex model"), system, prompt, usage));
        List<Candidate> candidates = new ArrayList<>();
        for (Optional<LlmReply> reply : List.of(join(fast), join(complex))) {
            reply.ifPresent(r -> candidates.add(run(r, context)));
        }
        if (candidates.isEmpty()) {
            return new Vote(Optional.empty(), Optional.empty()); // neither model answered
        }
        List<Candidate> ran = candidates.stream().filter(c -> c.ran().isPresent()).toList();
        boolean agree = ran.size() == 2 && sameRows(ran.get(0), ran.get(1));
        context.report().voted(report(candidates, agree));
        if (ran.isEmpty()) {
            return new Vote(Optional.empty(), Optional.of(candidates.get(candidates.size() - 1).reply()));
        }
        Candidate chosen = ran.get(ran.size() - 1);
        String why = agree ? "both models agreed" : ran.size() == 2
                ? "the models disagreed; the complex model's answer was kept" : "only this model's SQL ran";
        return new Vote(Optional.of(new Orchestrator.Result.Ran(chosen.ran().get().sql(), chosen.ran().get().rows(),
                strategy, chosen.reply().model(), "ensemble: " + why)), Optional.empty());
    }

    private static Optional<LlmReply> ask(LlmGateway gateway, io.askdb.llm.RoutingDecision route, String system,
            String prompt, LlmUsage usage) {
        try {
            return Optional.of(gateway.ask(route, system, prompt, usage));
        } catch (LlmUnavailableException e) {
            return Optional.empty();
        }
    }

    private static Optional<LlmReply> join(CompletableFuture<Optional<LlmReply>> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            return Optional.empty();
        }
    }

    private static Candidate run(LlmReply reply, OrchestrationRequest context) {
        Optional<String> sql = SqlExtractor.extract(reply.text()).sql();
        if (sql.isEmpty()) {
            AskDbException noSql = Orchestrator.noSql();
            context.fail(reply.text(), noSql);
            return new Candidate(reply, Optional.empty(), noSql.getMessage());
        }
        Optional<OrchestrationRequest.Ran> ran = context.run(sql.get());
        return new Candidate(reply, ran, ran.isPresent() ? null : context.lastError());
    }

    private static boolean sameRows(Candidate a, Candidate b) {
        List<String> left = a.ran().get().rows().rows().stream().map(Object::toString).sorted().toList();
        List<String> right = b.ran().get().rows().rows().stream().map(Object::toString).sorted().toList();
        return left.equals(right);
    }

    private static EnsembleReport report(List<Candidate> candidates, boolean agree) {
        return new EnsembleReport(agree, candidates.stream()
                .map(c -> new EnsembleReport.Candidate(c.reply().model(),
                        c.ran().map(OrchestrationRequest.Ran::sql).orElse(null), c.ran().isPresent(),
                        c.ran().map(r -> r.rows().rowCount()).orElse(0), c.error()))
                .toList());
    }
}
