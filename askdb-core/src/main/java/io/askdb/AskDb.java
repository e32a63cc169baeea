package io.askdb;

import com.github.benmanes.caffeine.cache.Ticker;
import io.askdb.cache.AnalysisCache;
import io.askdb.cache.CacheAdmin;
import io.askdb.cache.CacheSystem;
import io.askdb.config.AskDbConfig;
import io.askdb.conversation.Conversations;
import io.askdb.config.DatabaseSettings;
import io.askdb.api.AskDbException;
import io.askdb.api.ErrorCode;
import io.askdb.api.ErrorInfo;
import io.askdb.api.Internal;
import io.askdb.llm.LlmGateway;
import io.askdb.metrics.AskDbMeters;
import io.askdb.orchestration.KnowledgeBase;
import io.askdb.orchestration.Orchestrator;
import java.util.Optional;
import io.askdb.pipeline.Pipeline;
import io.askdb.pipeline.PipelineFactory;
import io.askdb.api.ProgressListener;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.schema.SchemaCatalog;
import io.askdb.sql.Database;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;

/**
 * askdb as a library: build one with {@link #builder()}, then {@link #ask(QueryRequest)} as often
 * as you like from any thread. Every question gets a {@link QueryResponse}; nothing throws for a
 * bad question, a failing database or an unavailable LLM.
 *
 * <pre>{@code
 * try (AskDb askdb = AskDb.builder().config(AskDbConfig.fromEnvironment()).build()) {
 *     QueryResponse answer = askdb.ask(QueryRequest.of("How many customers are there?"));
 * }
 * }</pre>
 */
public final class AskDb implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AskDb.class);

    /** The name of the database used when a request names none. */
    public static final String DEFAULT_DATABASE = "default";

    private static final String NO_DATABASE = "no database to answer on: DATABASE_URL is not set, and no embedded"
            + " database is on the class path to fill the default one. Set DATABASE_URL, or add askdb-sample"
            + " and build with AskDb.builder().embeddedDatabase(SampleDatabase::ensureEmbeddedLoaded)";

    private final AskDbConfig config;
    private final Map<String, Database> databases;
    private final Pipeline pipeline;
    private final CacheSystem caches;
    private final Optional<LlmGateway> llm;
    private final KnowledgeBase knowledge;
    private final Conversations conversations;
    private final AskDbMeters meters = new AskDbMeters();

    private AskDb(Builder builder) {
        this.config = builder.config;
        if (builder.meterRegistry != null) {
            meters.publishTo(builder.meterRegistry);
        }
        Consumer<DatabaseSettings> initializer = initializer(builder.embeddedDatabase);
        Map<String, Database> byName = new LinkedHashMap<>();
        byName.put(DEFAULT_DATABASE, new Database(DEFAULT_DATABASE, config.database(), config.cache().schemaTtl(),
                builder.ticker, initializer, builder.dataSource));
        builder.extraDatabases.forEach(
                (name, settings) -> byName.put(name, open(name, settings, builder, initializer)));
        this.databases = Map.copyOf(byName);
        this.caches = CacheSystem.builder(config.cache())
                .ticker(builder.ticker)
                .meters(meters)
                .redisKeyPrefix(builder.redisKeyPrefix)
                .embedStoredQuestions(builder.embedStoredQuestions)
                .databases(databases::values)
                .build();
        this.llm = LlmGateway.create(config.llm(), config.pipeline(), meters);
        this.knowledge = new KnowledgeBase();
        this.conversations = new Conversations(config.conversations(), builder.ticker, llm);
        Optional<Orchestrator> orchestrator = llm.map(
                gateway -> new Orchestrator(gateway, knowledge, config.pipeline()));
        this.pipeline = PipelineFactory.create(config, caches, caches.normalizer()::normalize, orchestrator);
        if (builder.loadEmbeddingModelEarly) {
            caches.loadEmbeddingModelInBackground();
        }
        databases.values().forEach(this::warmUp);
        try {
            config.pipeline().knowledgeFile().ifPresent(this::loadKnowledge);
        } catch (RuntimeException e) {
            close(); // a bad knowledge file must not leave pools and threads behind
            throw e;
        }
    }

    private void loadKnowledge(String file) {
        Map<String, io.askdb.sql.SqlGuard> guards = new LinkedHashMap<>();
        databases.forEach((name, database) -> guards.put(name, database.snapshot().guard()));
        try {
            knowledge.load(java.nio.file.Path.of(file), guards, new com.fasterxml.jackson.databind.ObjectMapper());
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("ASKDB_KNOWLEDGE_FILE " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads the catalog at start-up so the first question does not pay for it; a database that is down is retried per request. */
    private void warmUp(Database database) {
        try {
            pipeline.warmUp(database);
        } catch (AskDbException e) {
            LOG.warn("database '{}' is not reachable at start-up: {}", database.name(), e.getMessage());
        }
    }

    private static Database open(String name, DatabaseSettings settings, Builder builder,
            Consumer<DatabaseSettings> initializer) {
        return new Database(name, settings, builder.config.cache().schemaTtl(), builder.ticker, initializer);
    }

    /**
     * Runs before each database's pool opens: the embedded database's loader (the builder's, else the
     * first registered one), and a clear error instead of an empty database when nothing is configured
     * and no loader fills the default one.
     */
    private static Consumer<DatabaseSettings> initializer(EmbeddedDatabase chosen) {
        EmbeddedDatabase embedded = chosen != null ? chosen
                : ServiceLoader.load(EmbeddedDatabase.class).findFirst().orElse((url, user, password) -> false);
        return settings -> {
            boolean loaded;
            try {
                loaded = embedded.ensureLoaded(
                        settings.effectiveUrl(), settings.user().orElse(""), settings.password().orElse(""));
            } catch (AskDbException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new AskDbException(ErrorCode.INTERNAL, false, e.getMessage(), e);
            }
            if (!loaded && settings.url().isEmpty()) {
                throw new IllegalStateException(NO_DATABASE);
            }
        };
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Answers a question; never throws for anything the caller or the environment got wrong. */
    public QueryResponse ask(QueryRequest request) {
        return ask(request, ProgressListener.NONE);
    }

    /** Answers a question and reports each step to {@code progress} as it happens. */
    public QueryResponse ask(QueryRequest request, ProgressListener progress) {
        Objects.requireNonNull(request, "request");
        Database database = databases.get(request.database() == null ? DEFAULT_DATABASE : request.database());
        QueryResponse response;
        if (database == null) {
            response = unknownDatabase(request);
        } else if (request.conversationId() == null || request.conversationId().isBlank()) {
            response = pipeline.run(request, database, progress);
        } else {
            response = ConversationTurn.ask(conversations, pipeline, request, database, progress);
        }
        if (request.dryRun() && !response.dryRun()) {
            // A dry run that found no SQL (refused, unanswered) still says it ran nothing.
            response = response.asDryRun(null);
        }
        meters.answered(response);
        return response;
    }

    /**
     * Checks a SQL statement with the database's guard (read-only, known names, the deny-list, the
     * row cap) and asks the database for its plan, without running the statement.
     *
     * @return {@code database}, {@code sql} (as the guard rewrote it), {@code tables} it reads,
     *     {@code capped}, {@code dialect} and {@code plan} (the database's own plan: its lines, the
     *     tables and columns read, and its estimate of rows and cost where it gives one)
     * @throws io.askdb.sql.SqlRejectedException when the guard refuses the statement
     * @throws AskDbException when the database cannot plan it or cannot be reached
     */
    public Map<String, Object> explain(String databaseName, String sql) {
        Database database = databases.get(databaseName == null ? DEFAULT_DATABASE : databaseName);
        if (database == null) {
            throw new IllegalArgumentException("unknown database '" + databaseName + "'; known: " + databases.keySet());
        }
        io.askdb.sql.GuardedSql guarded = database.snapshot().guard().check(sql);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("database", database.name());
        out.put("sql", guarded.shown());
        out.put("tables", guarded.tables().stream().map(t -> t.qualified()).toList());
        out.put("capped", guarded.capped());
        out.put("dialect", database.dialect().displayName());
        out.put("plan", database.planner().plan(guarded, database.catalog()).toMap());
        return out;
    }

    /**
     * Three to five example questions that askdb answers on a configured database, built from its
     * schema and checked offline (for an empty page, a help text, an answer that could not be found).
     */
    public java.util.List<String> exampleQuestions(String databaseName) {
        Database database = databases.get(databaseName == null ? DEFAULT_DATABASE : databaseName);
        if (database == null) {
            throw new IllegalArgumentException("unknown database '" + databaseName + "'; known: " + databases.keySet());
        }
        return pipeline.exampleQuestions(database);
    }

    /** A request for a database that is not configured: refused as a whole, as a response like any other. */
    private QueryResponse unknownDatabase(QueryRequest request) {
        ErrorInfo error = ErrorInfo.of(ErrorCode.UNKNOWN_DATABASE, unknownDatabaseMessage(request.database()));
        return new QueryResponse(false, request.question(), null, null, null, null, List.of(), List.of(), 0, false,
                0.0, 0, 0, 0, 0.0, false, null, List.of(), error, List.of(), Map.of()).asRefusal();
    }

    private String unknownDatabaseMessage(String name) {
        return "no database is named '" + name + "'; the configured ones are " + new java.util.TreeSet<>(databases.keySet()) + ".";
    }

    /**
     * The catalog of a configured database (loads it if needed).
     *
     * @throws AskDbException UNKNOWN_DATABASE when no database has that name, as {@link #ask} reports it
     */
    @Internal // returns a type of an internal package, for askdb-app and askdb-bench
    public SchemaCatalog schema(String databaseName) {
        Database database = databases.get(databaseName == null ? DEFAULT_DATABASE : databaseName);
        if (database == null) {
            throw new AskDbException(ErrorCode.UNKNOWN_DATABASE, false, unknownDatabaseMessage(databaseName));
        }
        return database.catalog();
    }

    /** A configured database: its pool, guard and planner (for tests and tools that check them directly). */
    @Internal
    public Database database(String databaseName) {
        Database database = databases.get(databaseName == null ? DEFAULT_DATABASE : databaseName);
        if (database == null) {
            throw new IllegalArgumentException("unknown database '" + databaseName + "'");
        }
        return database;
    }

    /** Statistics and administration of the caches. */
    @Internal // returns a type of an internal package, for askdb-app and askdb-bench
    public CacheAdmin cache() {
        return caches;
    }

    /** Cache level 3, for components that analyse the schema. */
    @Internal // returns a type of an internal package, for askdb-app and askdb-bench
    public AnalysisCache analysisCache() {
        return caches.analysis();
    }

    public Set<String> databaseNames() {
        return databases.keySet();
    }

    public AskDbConfig config() {
        return config;
    }

    /** Example questions and notes users teach askdb, per database; used by the LLM tier. */
    @Internal // returns a type of an internal package, for askdb-app and askdb-bench
    public KnowledgeBase knowledge() {
        return knowledge;
    }

    /**
     * Adds an example question with its SQL for a database, after the guard accepted the SQL.
     *
     * @throws io.askdb.sql.SqlRejectedException when the SQL is not a valid read-only query there
     */
    public void addExample(String databaseName, String question, String sql) {
        String name = databaseName == null ? DEFAULT_DATABASE : databaseName;
        Database database = databases.get(name);
        if (database == null) {
            throw new IllegalArgumentException("unknown database '" + databaseName + "'");
        }
        knowledge.addExample(name, question, sql, database.snapshot().guard());
    }

    /** Adds a short documentation note for a database ("revenue means SubTotal, not TotalDue"). */
    public void addNote(String databaseName, String note) {
        String name = databaseName == null ? DEFAULT_DATABASE : databaseName;
        if (!databases.containsKey(name)) {
            throw new IllegalArgumentException("unknown database '" + databaseName + "'");
        }
        knowledge.addNote(name, note);
    }

    /**
     * askdb's own meters ({@code askdb.*}): queries, LLM calls, caches and pools. Add a registry with
     * {@link AskDbMeters#publishTo} to see them there (the builder's {@code meterRegistry} does the same).
     */
    @Internal // returns a type of an internal package, for askdb-app and askdb-bench
    public AskDbMeters meters() {
        return meters;
    }

    /**
     * Publishes each database pool's usage to the registry (HikariCP's {@code hikaricp.connections.*}
     * meters, tagged {@code pool=askdb-<name>}). Call at most once per registry.
     */
    public void bindPoolMetrics(io.micrometer.core.instrument.MeterRegistry registry) {
        databases.values().forEach(database -> database.dataSource().setMetricRegistry(registry));
    }

    /**
     * Waits until schema selection on this database can use the values a question names. On a large
     * schema they are read in the background after start-up; until then, questions are answered with
     * the tables chosen by names alone. A benchmark waits here so that its figures do not depend on
     * how fast the values were read.
     *
     * @return whether the values are ready within the timeout (true at once for a small schema)
     */
    public boolean awaitSelectionValues(String databaseName, java.time.Duration timeout) {
        return pipeline.awaitSelectionValues(database(databaseName), timeout);
    }

    @Override
    public void close() {
        pipeline.close();
        llm.ifPresent(LlmGateway::close);
        caches.close();
        databases.values().forEach(Database::close);
    }

    /**
     * Every default in one place: the default configuration, the system ticker, the embedded database
     * registered on the class path (null here: looked up when building), no meter registry, Redis key
     * prefix {@value CacheSystem#DEFAULT_REDIS_KEY_PREFIX}, stored questions embedded in the background.
     */
    public static final class Builder {
        private AskDbConfig config = AskDbConfig.defaults();
        private Ticker ticker = Ticker.systemTicker();
        private EmbeddedDatabase embeddedDatabase;
        private final Map<String, DatabaseSettings> extraDatabases = new LinkedHashMap<>();
        private MeterRegistry meterRegistry;
        private String redisKeyPrefix = CacheSystem.DEFAULT_REDIS_KEY_PREFIX;
        private boolean embedStoredQuestions = true;
        private boolean loadEmbeddingModelEarly;
        private javax.sql.DataSource dataSource;

        private Builder() {}

        /**
         * Answers on an application's own connections instead of {@code DATABASE_URL} (the default
         * database): askdb borrows them through a small read-only pool of its own, so the guard and
         * read-only connections apply as with a URL. No embedded sample is loaded into it.
         */
        public Builder dataSource(javax.sql.DataSource value) {
            this.dataSource = Objects.requireNonNull(value, "dataSource");
            return this;
        }

        public Builder config(AskDbConfig value) {
            this.config = Objects.requireNonNull(value, "config");
            return this;
        }

        /** Time source for every TTL; tests pass a fake one. */
        public Builder ticker(Ticker value) {
            this.ticker = Objects.requireNonNull(value, "ticker");
            return this;
        }

        /**
         * What fills the embedded default database when no URL is configured, instead of the one
         * registered on the class path: {@code SampleDatabase::ensureEmbeddedLoaded} from askdb-sample.
         */
        public Builder embeddedDatabase(EmbeddedDatabase value) {
            this.embeddedDatabase = Objects.requireNonNull(value, "embeddedDatabase");
            return this;
        }

        /** A further database that requests may choose by name. */
        public Builder database(String name, DatabaseSettings settings) {
            if (DEFAULT_DATABASE.equals(name) || extraDatabases.containsKey(name)) {
                throw new IllegalArgumentException("database name '" + name + "' is used twice");
            }
            extraDatabases.put(name, settings);
            return this;
        }

        /** Where askdb's meters go (questions, cache levels, LLM calls, tokens, cost); none by default. */
        public Builder meterRegistry(MeterRegistry value) {
            this.meterRegistry = Objects.requireNonNull(value, "meterRegistry");
            return this;
        }

        /** The namespace in Redis ({@code REDIS_URL}); servers that share answers use the same one. */
        public Builder redisKeyPrefix(String value) {
            this.redisKeyPrefix = Objects.requireNonNull(value, "redisKeyPrefix");
            return this;
        }

        /**
         * Off for a process that answers once and exits (the CLI's {@code ask}): a stored answer's
         * question is then not embedded for the semantic cache, which would only load the model and
         * delay the exit. On by default.
         */
        public Builder embedStoredQuestions(boolean value) {
            this.embedStoredQuestions = value;
            return this;
        }

        /**
         * On for a server: the embedding model loads in the background as askdb starts, not in the
         * middle of traffic at the first question that needs it (where it holds those questions for
         * a second or more). Off by default, so a one-off {@code ask} never pays for it.
         */
        public Builder loadEmbeddingModelEarly(boolean value) {
            this.loadEmbeddingModelEarly = value;
            return this;
        }

        public AskDb build() {
            return new AskDb(this);
        }
    }
}
