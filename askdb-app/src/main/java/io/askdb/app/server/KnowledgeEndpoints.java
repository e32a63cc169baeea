package io.askdb.app.server;

import io.askdb.AskDb;
import io.askdb.orchestration.KnowledgeBase;
import io.askdb.sql.SqlRejectedException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What users teach askdb per database: {@code GET /api/knowledge?database=NAME} lists the examples
 * and notes; {@code POST /api/knowledge {"database"?, "question", "sql"}} adds an example (its SQL
 * must pass the guard) and {@code {"database"?, "note"}} a note. Adding needs an admin key; with no
 * keys configured it is refused unless {@code ASKDB_OPEN_KNOWLEDGE_WRITES=true}.
 */
final class KnowledgeEndpoints {

    private final AskDb askdb;
    private final QueryInput input;
    private final AccessControl access;

    KnowledgeEndpoints(AskDb askdb, QueryInput input, AccessControl access) {
        this.askdb = askdb;
        this.input = input;
        this.access = access;
    }

    void list(Context ctx) {
        String database = input.database(ctx.queryParam("database"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("database", database);
        out.put("examples", askdb.knowledge().examples(database).stream().filter(e -> !e.learned())
                .map(ExampleView::of).toList());
        out.put("notes", askdb.knowledge().notes(database));
        ctx.json(out);
    }

    void add(Context ctx) throws IOException {
        access.requireKnowledgeWriter(ctx);
        JsonBody body = JsonBody.read(ctx);
        String database = input.database(body.text("database"));
        String note = body.text("note");
        String question = body.text("question");
        String sql = body.text("sql");
        if (note != null && !note.isBlank() && question == null && sql == null) {
            askdb.addNote(database, note);
            ctx.status(201).json(Map.of("added", "note", "database", database));
            return;
        }
        if (question == null || question.isBlank() || sql == null || sql.isBlank()) {
            throw new ApiException("INVALID_REQUEST",
                    "send {\"question\": \"...\", \"sql\": \"SELECT ...\"} for an example or {\"note\": \"...\"} for a note");
        }
        try {
            askdb.addExample(database, question, sql);
        } catch (SqlRejectedException e) {
            throw new ApiException("INVALID_REQUEST", "the example's SQL was refused: " + e.getMessage());
        }
        ctx.status(201).json(Map.of("added", "example", "database", database));
    }

    /** The examples as the API shows them. */
    record ExampleView(String question, String sql) {
        static ExampleView of(KnowledgeBase.Example e) {
            return new ExampleView(e.question(), e.sql());
        }
    }
}
