package io.askdb.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.askdb.api.Internal;
import io.askdb.llm.ComplexityAnalyzer.Complexity;
import io.askdb.llm.Difficulty;
import io.askdb.schema.CatalogLoader;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.linking.Mention;
import io.askdb.schema.linking.SchemaLinker;
import io.askdb.sql.Dialect;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What askdb-bench's confidence-fitting tools and probes reach of the offline reader, in one place,
 * so that the reader's classes stay package-private: the answerer's candidates, the signals behind a
 * candidate's confidence (as the JSON the fit reads back), the model's inputs for such signals, and
 * a trace of how a question was read. Public only for those tools: not askdb's API.
 *
 * <p>Immutable after construction, like the answerer it wraps.
 */
@Internal
public final class OfflineWorkbench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OfflineAnswerer answerer;
    private final SchemaLinker linker;

    private OfflineWorkbench(SchemaCatalog catalog, Dialect dialect, ValueIndex values) {
        this.answerer = new OfflineAnswerer(catalog, dialect, values);
        this.linker = new SchemaLinker(catalog, values);
    }

    /** Reads the database's catalog and values, as askdb does at start, in the given dialect. */
    public static OfflineWorkbench open(Connection connection, Dialect dialect) throws SQLException {
        SchemaCatalog catalog = new CatalogLoader().load(connection);
        ValueIndex values = ValueIndex.build(connection, catalog, dialect, ValueIndex.Limits.DEFAULT);
        return new OfflineWorkbench(catalog, dialect, values);
    }

    /** The answerer's candidates, best first, as the fast path and airplane mode get them. */
    public List<Candidate> candidates(String question) {
        return answerer.candidates(question);
    }

    /**
     * The signals of the best reading ({@code Features}, one JSON field per component), or empty
     * when the question could not be read. {@link #signals} turns them into the model's inputs.
     */
    public Optional<JsonNode> features(String question) {
        return answerer.read(question).map(draft -> JSON.valueToTree(draft.features()));
    }

    /** The confidence model's inputs for signals written by {@link #features}, by position. */
    public static double[] signals(JsonNode features) {
        try {
            return ConfidenceModel.signals(JSON.treeToValue(features, Features.class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("not the signals of a reading: " + features, e);
        }
    }

    /** How many clauses the reading behind these {@link #signals} dropped. */
    public static int droppedClauses(double[] signals) {
        return ConfidenceModel.droppedClauses(signals);
    }

    /**
     * The confidence served for a probability of a (refitted) model: capped, as the answerer caps
     * it, when the reading dropped {@code droppedClauses} clauses.
     */
    public static double served(int droppedClauses, double probability) {
        return Omissions.cap(probability, droppedClauses);
    }

    /** The names of the routing difficulty's inputs, in the order {@link #difficultyInputs} gives them. */
    public static List<String> difficultyInputNames() {
        return DifficultySignals.NAMES;
    }

    /** The routing difficulty's inputs for the question, by name (the fit reads these). */
    public Map<String, Double> difficultyInputs(String question, int selectedTables, Complexity keywords) {
        return answerer.signals(question, selectedTables, keywords).values();
    }

    /** The shipped difficulty estimate, as routing computes it. */
    public Difficulty difficulty(String question, int selectedTables, Complexity keywords) {
        return answerer.difficulty(question, selectedTables, keywords);
    }

    /** The text of a difficulty model with these weights ({@code base} among them), as routing loads it. */
    public static String difficultyModel(Map<String, Double> weights, String header) {
        String text = DifficultyModel.format(weights, header);
        DifficultyModel.parse(text); // what is written must load
        return text;
    }

    /** The catalog the workbench reads. */
    public SchemaCatalog catalog() {
        return answerer.catalog();
    }

    /** How the question was read, one step a line: tokens, cues, mentions, roles, SQL. */
    public String trace(String question) {
        Question q = new QuestionAnalyzer().analyze(question);
        StringBuilder out = new StringBuilder();
        out.append("tokens: ").append(q.tokens().stream()
                .map(t -> t.lemma() + "/" + t.kind().name().charAt(0)).toList()).append('\n');
        out.append("cues: ").append(q.cues()).append('\n');
        List<Mention> mentions = linker.link(q.tokens(), q::inCue);
        for (Mention m : mentions) {
            out.append("  mention ").append(m.start()).append('-').append(m.end()).append(' ').append(m.kind())
                    .append(' ').append(m.links().stream().limit(4)
                            .map(l -> l.table().name() + (l.column() == null ? "" : "." + l.column().name())
                                    + String.format(Locale.ROOT, "(%.2f)", l.score()))
                            .toList())
                    .append('\n');
        }
        Reading r = new RoleAssigner(linker).assign(q, mentions);
        out.append("parts: ").append(r.parts).append(" unexplained=").append(r.unexplained)
                .append(" unanchored=").append(r.unanchored).append(" notes=").append(r.notes)
                .append(" count=").append(r.countForm).append(" sup=").append(r.countSuperlative)
                .append(" having=").append(r.havingOp).append('\n');
        answerer.read(question).ifPresent(d -> out.append("features: ").append(d.features()).append('\n'));
        out.append("-> ").append(answerer.candidates(question)).append('\n');
        return out.toString();
    }
}
