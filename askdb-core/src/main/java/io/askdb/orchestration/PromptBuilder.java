package io.askdb.orchestration;

import io.askdb.api.Strategy;
import io.askdb.sql.Dialect;
import java.util.List;
import java.util.Optional;

/**
 * Writes the prompts of the orchestration: one generation prompt that carries everything a model
 * needs (dialect rules, the selected schema, notes, similar examples, the approach), and a repair
 * prompt that sends a failed SQL back with its error.
 */
final class PromptBuilder {

    private PromptBuilder() {}

    static String system(Dialect dialect) {
        return "You are askdb, an expert data analyst who writes SQL for " + dialect.displayName() + ".\n"
                + "Write exactly one read-only SELECT statement (WITH ... SELECT allowed) that answers the user's "
                + "question on the schema given. Never write INSERT, UPDATE, DELETE, DDL or several statements.\n"
                + SchemaRenderer.dialectRules(dialect) + "\n"
                + "Use only tables and columns from the schema; join along the foreign keys shown. Give result "
                + "columns clear names. Answer with the SQL in one ```sql code block and nothing else.\n"
                + "Only if the question cannot be answered without a choice that changes the result (for example "
                + "it names no measure or no subject at all), answer instead with one line: "
                + "CLARIFY: <a short question to the user>.";
    }

    static String generation(String question, String schema, List<String> notes,
            List<KnowledgeBase.Example> examples, Strategy strategy, Optional<String> reading) {
        StringBuilder out = new StringBuilder();
        out.append("Schema:\n").append(schema).append('\n');
        if (!notes.isEmpty()) {
            out.append("Notes about this database:\n");
            notes.forEach(n -> out.append("- ").append(n).append('\n'));
            out.append('\n');
        }
        if (!examples.isEmpty()) {
            out.append("Examples of questions answered on this database:\n");
            for (KnowledgeBase.Example e : examples) {
                out.append("Q: ").append(e.question()).append("\nSQL: ").append(e.sql()).append("\n");
            }
            out.append('\n');
        }
        if (strategy == Strategy.DECOMPOSITION) {
            out.append("Approach: the question has several parts. Answer each part in its own CTE "
                    + "(WITH part1 AS (...), part2 AS (...)) and combine them in the final SELECT.\n");
        } else if (strategy == Strategy.ITERATIVE_REFINEMENT) {
            out.append("Approach: think through which tables, joins, filters and groupings are needed before "
                    + "writing the final query; check every column against the schema.\n");
        }
        // A vague question is read one way, chosen from the schema; the model is told which.
        reading.ifPresent(r -> out.append("Reading: the question is vague; ").append(r).append(".\n"));
        out.append("Question: ").append(question).append('\n');
        return out.toString();
    }

    static String repair(String question, String schema, String failedSql, String error) {
        return "Schema:\n" + schema + "\nQuestion: " + question + "\n\nThis SQL failed:\n```sql\n" + failedSql
                + "\n```\nError: " + error + "\n\nWrite a corrected query. Answer with the SQL in one ```sql code "
                + "block and nothing else.\n";
    }
}
