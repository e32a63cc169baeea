package io.askdb.offline;

import io.askdb.llm.ComplexityAnalyzer.Complexity;
import io.askdb.llm.Difficulty;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.linking.Mention;
import io.askdb.schema.linking.SchemaLinker;
import io.askdb.sql.Dialect;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers questions without an LLM on whatever tables the catalog has. It reads the question's
 * shape (counts, aggregates, filters, grouping, ordering, superlatives), links its words to the
 * catalog's tables, columns and (with a {@link ValueIndex}) values, joins along foreign keys and
 * writes SQL in the target dialect. Candidates come best first with a calibrated confidence; an
 * empty list means nothing sensible was found, and {@link #suggestions()} says what can be asked.
 *
 * <p>Immutable after construction and safe to share between threads; building it indexes the
 * catalog's names once.
 */
public final class OfflineAnswerer {

    private final SchemaCatalog catalog;
    private final Dialect dialect;
    private final QuestionAnalyzer analyzer = new QuestionAnalyzer();
    private final SchemaLinker linker;
    private final RoleAssigner roles;
    private final JoinGraph graph;
    private final Composer composer;
    private final List<String> suggestions;

    public OfflineAnswerer(SchemaCatalog catalog, Dialect dialect) {
        this(catalog, dialect, ValueIndex.empty());
    }

    public OfflineAnswerer(SchemaCatalog catalog, Dialect dialect, ValueIndex values) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.linker = new SchemaLinker(catalog, Objects.requireNonNull(values, "values"));
        this.roles = new RoleAssigner(linker);
        this.graph = new JoinGraph(catalog);
        this.composer = new Composer(catalog, graph);
        this.suggestions = Suggestions.of(catalog);
    }

    /** SQL candidates for the question, best first; empty when the question could not be read. */
    public List<Candidate> candidates(String question) {
        if (question == null || question.isBlank()) {
            return List.of();
        }
        Optional<Composer.Draft> draft = read(question);
        if (draft.isEmpty()) {
            return List.of();
        }
        Composer.Draft d = draft.get();
        String sql = SqlWriter.write(d.plan(), dialect);
        double confidence = d.omissions().cap(ConfidenceModel.confidence(d.features()));
        return List.of(new Candidate(sql, confidence, d.explanation(), d.omissions().unplaced()));
    }

    /** The composed plan with the signals behind its confidence; the tuning harness reads these. */
    Optional<Composer.Draft> read(String question) {
        Question q = analyzer.analyze(question);
        List<Mention> mentions = linker.link(q.tokens(), q::inCue);
        Reading reading = roles.assign(q, mentions);
        return composer.compose(q, reading);
    }

    /**
     * How hard the question looks for routing ({@link DifficultyModel}), from its offline reading, the
     * schema selection's size and the seed's keyword score.
     *
     * @param selectedTables the tables the schema selection shows the model
     * @param keywords the seed's keyword reading; its speed priority carries over
     */
    public Difficulty difficulty(String question, int selectedTables, Complexity keywords) {
        return DifficultyModel.SHIPPED.estimate(signals(question, selectedTables, keywords), keywords.speedPriority());
    }

    /** The difficulty estimate's inputs for the question. */
    DifficultySignals signals(String question, int selectedTables, Complexity keywords) {
        Question q = analyzer.analyze(question == null ? "" : question);
        List<Mention> mentions = linker.link(q.tokens(), q::inCue);
        Reading reading = roles.assign(q, mentions);
        Optional<Composer.Draft> draft = composer.compose(q, reading);
        double confidence = draft.map(d -> d.omissions().cap(ConfidenceModel.confidence(d.features()))).orElse(0.0);
        return DifficultySignals.of(q, reading, draft.map(Composer.Draft::plan), graph, confidence, selectedTables,
                keywords);
    }

    /**
     * What can be asked of this database, for when no candidate fits: example questions built
     * from its tables and columns, then the list of tables.
     */
    public List<String> suggestions() {
        return suggestions;
    }

    public SchemaCatalog catalog() {
        return catalog;
    }

    public Dialect dialect() {
        return dialect;
    }
}
