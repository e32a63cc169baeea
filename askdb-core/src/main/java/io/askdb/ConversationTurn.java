package io.askdb;

import io.askdb.api.ProgressListener;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.conversation.Conversations;
import io.askdb.conversation.Resolution;
import io.askdb.conversation.Turn;
import io.askdb.llm.LlmUsage;
import io.askdb.pipeline.Pipeline;
import io.askdb.sql.Database;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One question of a conversation: read in full against the previous turn, answered by the pipeline
 * as the full question (so the caches key on it, never on the raw follow-up), and remembered when
 * answered (dry runs are not: they ran nothing). The response keeps the question as asked and tells
 * how it was read ({@code resolvedQuestion}, {@code details.conversation}).
 */
final class ConversationTurn {

    private ConversationTurn() {}

    static QueryResponse ask(Conversations conversations, Pipeline pipeline, QueryRequest request, Database database,
            ProgressListener progress) {
        String key = Conversations.key(request.conversationId(), request.scope(), database.name());
        Resolution read = conversations.resolve(key, request.question(), request.offline());
        if (read.how() != Resolution.How.STANDALONE) {
            progress.step("follow-up read as: " + read.question() + " (" + read.how().wireName() + ")");
        }
        QueryResponse answered = pipeline.run(request.withQuestion(read.question()), database, progress);
        if (answered.success() && !answered.dryRun() && answered.sql() != null) {
            conversations.remember(key, new Turn(request.question(), read.question(), answered.sql()));
        }
        return asked(answered, request.question(), read).withConversation(request.conversationId(), read.question());
    }

    /** The response with the question as the user asked it, the reading's LLM spend added, and how it was read. */
    private static QueryResponse asked(QueryResponse r, String asked, Resolution read) {
        LlmUsage usage = read.usage();
        Map<String, Object> details = new LinkedHashMap<>(r.details());
        details.put("conversation", Map.of("turn", read.turn(), "readBy", read.how().wireName()));
        return new QueryResponse(r.success(), asked, r.sql(), r.tier(), r.strategy(), r.model(), r.columns(),
                r.rows(), r.rowCount(), r.truncated(), r.elapsedMs(), r.llmCalls() + usage.llmCalls(),
                r.promptTokens() + usage.promptTokens(), r.completionTokens() + usage.completionTokens(),
                r.estimatedCostUsd() + usage.estimatedCostUsd(), r.degraded(), r.clarification(), r.attempts(),
                r.error(), r.tiers(), details, r.refused(), r.confidence(), r.unplaced(), r.dryRun(), r.plan(),
                r.conversationId(), r.resolvedQuestion());
    }
}
