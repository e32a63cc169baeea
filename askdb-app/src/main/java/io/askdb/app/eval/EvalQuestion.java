package io.askdb.app.eval;

import com.fasterxml.jackson.databind.JsonNode;

/** One input line: {@code id}, {@code db_id}, {@code question}, and optionally gold SQL and hardness. */
record EvalQuestion(JsonNode id, String dbId, String question, String gold, String hardness) {

    static EvalQuestion parse(JsonNode line, int lineNumber) {
        JsonNode id = line.get("id");
        String dbId = text(line, "db_id");
        String question = text(line, "question");
        if (id == null || dbId == null || question == null) {
            throw new IllegalArgumentException("line " + lineNumber + ": needs \"id\", \"db_id\" and \"question\"");
        }
        String gold = text(line, "gold");
        return new EvalQuestion(id, dbId, question, gold != null ? gold : text(line, "query"), text(line, "hardness"));
    }

    private static String text(JsonNode line, String field) {
        JsonNode node = line.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }
}
