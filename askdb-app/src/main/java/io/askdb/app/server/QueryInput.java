package io.askdb.app.server;

import io.askdb.AskDb;
import io.askdb.api.QueryRequest;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Set;

/**
 * Turns {@code {"question", "database"?, "offline"?, "noCache"?, "ensemble"?, "dryRun"?, "conversationId"?,
 * "columns"?}} into a {@link QueryRequest}
 * scoped to the caller, refusing what no tier should see: no question, a blank or over-long one,
 * a database that is not configured.
 */
final class QueryInput {

    private final int maxQuestionLength;
    private final Set<String> databases;

    QueryInput(int maxQuestionLength, Set<String> databases) {
        this.maxQuestionLength = maxQuestionLength;
        this.databases = Set.copyOf(databases);
    }

    QueryRequest parse(Context ctx) throws IOException {
        JsonBody body = JsonBody.read(ctx);
        String question = body.text("question");
        if (question == null) {
            throw new ApiException("INVALID_QUESTION", "the body needs a \"question\", e.g. {\"question\": \"How many customers are there?\"}");
        }
        if (question.isBlank()) {
            throw new ApiException("INVALID_QUESTION", "the question is empty");
        }
        if (question.length() > maxQuestionLength) {
            throw new ApiException("INVALID_QUESTION", "the question is " + question.length()
                    + " characters long; the limit is " + maxQuestionLength + " (ASKDB_MAX_QUESTION_LENGTH)");
        }
        String database = database(body.text("database"));
        return new QueryRequest(question, database, body.flag("offline"), body.flag("noCache"),
                AccessControl.caller(ctx).scope(), body.flag("ensemble"), body.flag("dryRun"),
                conversationId(body.text("conversationId"))).withAllColumns(allColumns(body));
    }

    /** A conversation id as the client chose it: up to 128 letters, digits, '-', '_', '.' or ':'; blank means none. */
    static String conversationId(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        if (id.length() > 128 || !id.matches("[A-Za-z0-9._:-]+")) {
            throw new ApiException("INVALID_CONVERSATION", "a conversationId is up to 128 letters, digits, "
                    + "'-', '_', '.' or ':'; was '" + (id.length() > 40 ? id.substring(0, 40) + "…" : id) + "'");
        }
        return id;
    }

    /** {@code "columns": "all"} lists every readable column; {@code "columns": "describing"} (the default) does not. */
    private static boolean allColumns(JsonBody body) {
        String columns = body.text("columns");
        if (columns == null || columns.equals("describing")) {
            return false;
        }
        if (columns.equals("all")) {
            return true;
        }
        throw new ApiException("INVALID_REQUEST", "\"columns\" must be \"all\" or \"describing\", was \"" + columns + "\"");
    }

    /** The configured database of that name; null or blank means the default. */
    String database(String name) {
        if (name == null || name.isBlank()) {
            return AskDb.DEFAULT_DATABASE;
        }
        if (!databases.contains(name)) {
            throw new ApiException("UNKNOWN_DATABASE", "no database is named '" + name + "'; known: "
                    + Databases.ordered(databases));
        }
        return name;
    }
}
