package io.askdb.cache;

import io.askdb.text.QuestionNormalizer;
import io.askdb.cache.semantic.EmbeddingSource;
import io.askdb.cache.semantic.QuestionEmbedder;
import io.askdb.cache.semantic.SchemaTerms;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.askdb.config.CacheSettings;
import io.askdb.api.QueryResponse;
import io.askdb.api.TierName;
import io.askdb.sql.Database;
import io.askdb.metrics.AskDbMeters;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The five cache levels of one askdb instance. Level 1 keeps complete responses, level 2 the SQL
 * that answered (run again for fresh rows), level 3 schema analysis ({@link #analysis()}), level 4
 * is each database's catalog and level 5 its connection pool (both owned by
 * {@link Database}; reported here). Levels 1 and 2 are keyed by the normalized question within a
 * partition: database identity, deny-list and the caller's scope. On an exact miss, the question's
 * embedding is compared with those of cached questions in the same partition; a match at
 * {@code CACHE_SEMANTIC_THRESHOLD} or above is served only when both questions carry the same
 * literal values and operators ({@link QuestionSignature}).
 *
 * <p>With {@code REDIS_URL}, levels 1 to 3 are backed by a {@link RemoteStore} (Redis, from the
 * askdb-redis module) and shared by every server using the same key prefix; clears and
 * invalidations reach the other servers as events, and newly stored questions reach their semantic
 * indexes the same way. The store being down only costs sharing.
 *
 * <p>Concurrency: all shared state is in Caffeine caches, the remote store and {@link LongAdder}
 * counters, each thread-safe on its own. Operations on several of them (store in level 1, then
 * level 2, then the index) are not atomic: a concurrent reader may see the answer before its SQL;
 * an invalidation racing with a store may leave the stored entry, as if it came just after.
 * Embeddings of newly stored questions are computed on a background thread, off the request; the
 * scheduler thread runs the cleanup and the remote store's reconnection.
 */
public final class CacheSystem implements AnswerCache, CacheAdmin, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CacheSystem.class);
    private static final Duration EMBEDDING_CLOSE_WAIT = Duration.ofSeconds(10);

    /** The key prefix in Redis when none is chosen. */
    public static final String DEFAULT_REDIS_KEY_PREFIX = "askdb:";

    static final String RESULTS_TAG = "r";
    static final String SQL_TAG = "s";
    static final String ANALYSIS_TAG = "a";

    private final QuestionNormalizer normalizer = new QuestionNormalizer();
    private final Function<String, float[]> embedder;
    private final CacheLevel results;
    private final CacheLevel sql;
    private final CacheLevel analysis;
    private final SemanticIndex semantic;
    private final RemoteStore remote;
    /** This server's id in the events it sends, so it can skip them when they come back. */
    private final String origin = UUID.randomUUID().toString();
    private final ScheduledExecutorService scheduler;
    private final boolean ownsScheduler;
    private final Executor background;
    private final ExecutorService ownedBackground;
    private final boolean embedStoredQuestions;
    private final Supplier<? extends Collection<Database>> databases;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    /** hits, misses and semantic hits when the caches were last cleared: statistics count from there. */
    private final java.util.concurrent.atomic.AtomicReference<long[]> countsAtClear =
            new java.util.concurrent.atomic.AtomicReference<>(new long[3]);
    private final LongAdder semanticHits = new LongAdder();
    private final AnalysisCache analysisCache = this::analysisGet;
    /** Each database and scope's partition, made once: it hashes the identity and the deny-list. */
    private final Cache<PartitionOf, String> partitions = Caffeine.newBuilder().maximumSize(1_000).build();

    /** A database (compared by identity: each holds its own settings) and a caller's scope. */
    private record PartitionOf(Database database, String scope) {}

    private CacheSystem(Builder builder) {
        CacheSettings settings = builder.settings;
        this.embedder = builder.embedder;
        this.databases = builder.databases;
        this.ownsScheduler = builder.scheduler == null;
        this.scheduler = ownsScheduler
                ? Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "askdb-cache"))
                : builder.scheduler;
        this.ownedBackground = builder.background == null
                ? Executors.newSingleThreadExecutor(task -> daemon(task, "askdb-cache-embed"))
                : null;
        this.background = builder.background != null ? builder.background : ownedBackground;
        this.embedStoredQuestions = builder.embedStoredQuestions;
        Duration longest = max(settings.queryTtl(), settings.sqlTtl(), settings.analysisTtl());
        try {
            this.remote = settings.redisUrl()
                    .map(url -> (builder.remoteStore != null ? builder.remoteStore : RemoteStoreDiscovery.find(url))
                            .create(new RemoteStore.Context(url, builder.redisKeyPrefix, longest, scheduler,
                                    this::receive, this::clearAfterOutage)))
                    .orElse(RemoteStore.NONE);
        } catch (RuntimeException e) {
            shutDownOwnThreads();
            throw e;
        }
        this.results = new CacheLevel("results", RESULTS_TAG, settings.queryTtl(), settings.maxEntries(),
                builder.ticker, remote);
        this.sql = new CacheLevel("sql", SQL_TAG, settings.sqlTtl(), settings.maxEntries(), builder.ticker, remote);
        this.analysis = new CacheLevel("analysis", ANALYSIS_TAG, settings.analysisTtl(), settings.maxEntries(),
                builder.ticker, remote);
        this.semantic = new SemanticIndex(max(settings.queryTtl(), settings.sqlTtl()), settings.maxEntries(),
                settings.semanticThreshold(), builder.ticker);
        long every = settings.cleanupInterval().toMillis();
        if (every > 0) {
            scheduler.scheduleWithFixedDelay(this::cleanUp, every, every, TimeUnit.MILLISECONDS);
        }
        remote.start();
        if (builder.meters != null) {
            CacheMeters.bind(builder.meters, this, databases);
        }
    }

    public static Builder builder(CacheSettings settings) {
        return new Builder(settings);
    }

    /** The normalizer whose output is the question part of the exact keys. */
    public QuestionNormalizer normalizer() {
        return normalizer;
    }

    /** Level 3, for the tiers that analyse the schema. */
    public AnalysisCache analysis() {
        return analysisCache;
    }

    // ---- AnswerCache: the pipeline's view ----

    @Override
    public Optional<CachedAnswer> lookup(Request request) {
        return exactAnswer(query(request));
    }

    @Override
    public Optional<CachedSql> lookupSql(Request request) {
        return exactSql(query(request));
    }

    @Override
    public Optional<CachedAnswer> lookupSimilar(Request request) {
        return similarAnswer(query(request), true);
    }

    @Override
    public Optional<CachedSql> lookupSimilarSql(Request request) {
        return similarSql(query(request), true);
    }

    @Override
    public void store(Request request, QueryResponse response) {
        put(query(request), response);
    }

    private CacheQuery query(Request request) {
        Database database = request.database();
        String partition = partitions.get(new PartitionOf(database, request.scope()),
                of -> CacheKeys.partition(of.database().identity(), of.database().denyColumns(), of.scope()));
        EmbeddingSource embedding = new EmbeddingSource() {
            @Override
            public float[] get() {
                return request.embedding(embedder);
            }

            @Override
            public Optional<float[]> ifComputed() {
                return request.computedEmbedding();
            }
        };
        return new CacheQuery(partition, request.question(), request.normalizedQuestion(), embedding,
                () -> SchemaTerms.of(request.catalog()));
    }

    // ---- the levels ----

    /** Level 1 for the exact question, then for a similar one (both stages, as one request asks them). */
    Optional<CachedAnswer> findAnswer(CacheQuery query) {
        Optional<CachedAnswer> exact = exactAnswer(query);
        return exact.isPresent() ? exact : similarAnswer(query, false);
    }

    /** Level 2 for the exact question, then for a similar one. */
    Optional<CachedSql> findSql(CacheQuery query) {
        Optional<CachedSql> exact = exactSql(query);
        return exact.isPresent() ? exact : similarSql(query, true);
    }

    // Counting: each level counts a hit or a miss per request, and the request counts once, as a hit
    // or a miss. The exact stage counts its misses (level 2's miss is the request's); a later similar
    // hit turns the miss it replaces into a hit.

    private Optional<CachedAnswer> exactAnswer(CacheQuery query) {
        Optional<StoredAnswer> exact = results.find(query.key(), StoredAnswer.class);
        if (exact.isEmpty()) {
            results.miss();
            return Optional.empty();
        }
        results.hit();
        hits.increment();
        QueryResponse response = exact.get().response();
        return Optional.of(new CachedAnswer(response, response.question(), false));
    }

    private Optional<CachedSql> exactSql(CacheQuery query) {
        Optional<StoredSql> exact = sql.find(query.key(), StoredSql.class);
        if (exact.isEmpty()) {
            sql.miss();
            misses.increment();
            return Optional.empty();
        }
        sql.hit();
        hits.increment();
        StoredSql stored = exact.get();
        return Optional.of(new CachedSql(stored.sql(), stored.strategy(), stored.model(), stored.question(), false));
    }

    /** @param requestMissCounted whether the exact stage already counted this request as a miss */
    private Optional<CachedAnswer> similarAnswer(CacheQuery query, boolean requestMissCounted) {
        Optional<SemanticIndex.Matched<StoredAnswer>> similar = semantic.match(query, results, StoredAnswer.class,
                stored -> stored.response().sql());
        if (similar.isEmpty()) {
            return Optional.empty();
        }
        results.missTurnedHit();
        countSimilarHit(requestMissCounted);
        return Optional.of(new CachedAnswer(similar.get().value().response(), similar.get().question(), true));
    }

    private Optional<CachedSql> similarSql(CacheQuery query, boolean requestMissCounted) {
        Optional<SemanticIndex.Matched<StoredSql>> similar = semantic.match(query, sql, StoredSql.class, StoredSql::sql);
        if (similar.isEmpty()) {
            return Optional.empty();
        }
        sql.missTurnedHit();
        countSimilarHit(requestMissCounted);
        StoredSql stored = similar.get().value();
        return Optional.of(new CachedSql(stored.sql(), stored.strategy(), stored.model(), similar.get().question(),
                true));
    }

    private void countSimilarHit(boolean requestMissCounted) {
        if (requestMissCounted) {
            misses.decrement();
        }
        hits.increment();
        semanticHits.increment();
    }

    /** Stores a successful response in levels 1 and 2 and indexes its question for semantic lookups. */
    void put(CacheQuery query, QueryResponse response) {
        if (response == null || !response.success() || !results.enabled() && !sql.enabled()) {
            return; // nothing to keep, or both levels off (TTL 0): no table names to read, nothing to embed
        }
        Set<String> tables = TableNames.of(response.sql());
        String key = query.key();
        results.put(key, new StoredAnswer(response, tables), tables);
        if (response.tier() != TierName.CACHE && response.sql() != null) {
            sql.put(key, new StoredSql(response.sql(), response.strategy(), response.model(), query.question(), tables),
                    tables);
        }
        Optional<float[]> vector = query.embedding().ifComputed();
        if (vector.isPresent()) {
            index(new SemanticIndex.Entry(key, query.question(), vector.get(), tables));
        } else if (embedStoredQuestions) {
            background.execute(() -> {
                try {
                    index(new SemanticIndex.Entry(key, query.question(), embedder.apply(query.question()), tables));
                } catch (QuestionEmbedder.ShuttingDownException e) {
                    LOG.debug("'{}' is not indexed: the JVM is exiting", query.question());
                } catch (RuntimeException e) {
                    LOG.warn("could not embed '{}' for the semantic cache: {}", query.question(), e.toString());
                }
            });
        }
    }

    /**
     * Loads the embedding model now, on the background thread (whose call in flight {@link #close()}
     * waits for), instead of at the first question that needs it: the load takes a second or more of
     * CPU and holds every request that needs an embedding meanwhile, which a server should pay
     * before its traffic rather than in the middle of it.
     */
    public void loadEmbeddingModelInBackground() {
        background.execute(() -> {
            try {
                embedder.apply("how many rows are there");
            } catch (QuestionEmbedder.ShuttingDownException e) {
                LOG.debug("the embedding model was not loaded: the JVM is exiting");
            } catch (RuntimeException e) {
                LOG.warn("could not load the embedding model: {}", e.toString());
            }
        });
    }

    private void index(SemanticIndex.Entry entry) {
        semantic.add(entry);
        publish(new CacheEvent(origin, CacheEvent.STORED, "", entry));
    }

    // ---- level 3 ----

    private <T> T analysisGet(String key, Class<T> type, Supplier<? extends T> loader) {
        Objects.requireNonNull(key, "key");
        Optional<T> found = analysis.find(key, type);
        if (found.isPresent()) {
            analysis.hit();
            return found.get();
        }
        analysis.miss();
        T value = loader.get();
        if (value != null) {
            analysis.put(key, value, Set.of());
        }
        return value;
    }

    // ---- administration ----

    @Override
    public void clear() {
        clearLocal();
        remote.clear();
        publish(new CacheEvent(origin, CacheEvent.CLEAR, "", null));
    }

    @Override
    public int invalidatePattern(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        Set<String> removed = LocalInvalidation.byPattern(List.of(results, sql), semantic, pattern);
        Glob glob = Glob.of(pattern);
        removed.addAll(remote.invalidateKeys(Set.of(RESULTS_TAG, SQL_TAG), key -> glob.matches(CacheKeys.question(key))));
        publish(new CacheEvent(origin, CacheEvent.PATTERN, pattern, null));
        return removed.size();
    }

    @Override
    public int invalidateTable(String table) {
        Objects.requireNonNull(table, "table");
        String bare = TableNames.bare(table);
        Set<String> removed = LocalInvalidation.byTable(List.of(results, sql), semantic, bare);
        removed.addAll(remote.invalidateTables(Set.of(bare, TableNames.ANY)));
        publish(new CacheEvent(origin, CacheEvent.TABLE, bare, null));
        return removed.size();
    }

    private void publish(CacheEvent event) {
        if (remote != RemoteStore.NONE) {
            remote.publish(CacheJson.write(event));
        }
    }

    /** Reads an event from the remote store; this server's own come back too and are skipped. */
    private void receive(String json) {
        try {
            CacheEvent event = CacheJson.read(json, CacheEvent.class);
            if (!origin.equals(event.origin())) {
                apply(event);
            }
        } catch (RuntimeException e) {
            LOG.warn("ignoring a cache event that could not be applied: {}", e.toString());
        }
    }

    /** Applies another server's event to this server's local levels. */
    private void apply(CacheEvent event) {
        switch (event.kind()) {
            case CacheEvent.CLEAR -> clearLocal();
            case CacheEvent.PATTERN -> LocalInvalidation.byPattern(List.of(results, sql), semantic, event.argument());
            case CacheEvent.TABLE -> LocalInvalidation.byTable(List.of(results, sql), semantic, event.argument());
            case CacheEvent.STORED -> {
                if (event.entry() != null) {
                    semantic.add(event.entry());
                }
            }
            default -> LOG.debug("ignoring cache event of unknown kind '{}'", event.kind());
        }
    }

    private void clearLocal() {
        clearLocalLevels();
        databases.get().forEach(Database::refreshCatalog);
    }

    /**
     * After a remote store outage: the local levels may hold what another server invalidated
     * meanwhile, so they go; the catalogs are read again in the background, since every request
     * (cache hits included) would otherwise wait for the first one to read its database's schema.
     */
    private void clearAfterOutage() {
        clearLocalLevels();
        databases.get().forEach(Database::reloadCatalogInBackground);
    }

    private void clearLocalLevels() {
        countsAtClear.set(new long[] {hits.sum(), misses.sum(), semanticHits.sum()});
        results.clearLocal();
        sql.clearLocal();
        analysis.clearLocal();
        semantic.clear();
    }

    /** Drops expired entries now; runs every {@code CACHE_CLEANUP_INTERVAL}. */
    void cleanUp() {
        results.cleanUp();
        sql.cleanUp();
        analysis.cleanUp();
        semantic.cleanUp();
    }

    // ---- statistics ----

    @Override
    public CacheStats stats() {
        return CacheStatistics.of(this, databases.get());
    }

    Map<String, CacheStats.PoolStats> poolStats() {
        return CacheStatistics.pools(databases.get());
    }

    List<CacheLevel> levels() {
        return List.of(results, sql, analysis);
    }

    /** {hits, misses, semantic hits} at the last clear; the statistics report what happened since. */
    long[] countsAtClear() {
        return countsAtClear.get();
    }

    LongAdder hitCounter() {
        return hits;
    }

    LongAdder missCounter() {
        return misses;
    }

    LongAdder semanticHitCounter() {
        return semanticHits;
    }

    CacheLevel results() {
        return results;
    }

    CacheLevel sqlLevel() {
        return sql;
    }

    CacheLevel analysisLevel() {
        return analysis;
    }

    SemanticIndex semanticIndex() {
        return semantic;
    }

    /** "off" without a remote store, "up" when it is connected, else "down". */
    String distributedState() {
        return remote == RemoteStore.NONE ? "off" : remote.connected() ? "up" : "down";
    }

    @Override
    public void close() {
        remote.close();
        shutDownOwnThreads();
    }

    private void shutDownOwnThreads() {
        if (ownsScheduler) {
            scheduler.shutdownNow();
        }
        if (ownedBackground != null) {
            ownedBackground.shutdownNow();
            awaitEmbedding();
        }
    }

    /**
     * Waits for an embedding in flight: onnxruntime frees its model in a JVM exit hook of its own,
     * so a process that exits while the background thread is inside the model crashes (SIGSEGV).
     * Closing the cache is what makes a later exit safe.
     */
    private void awaitEmbedding() {
        try {
            if (!ownedBackground.awaitTermination(EMBEDDING_CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("an embedding was still running {} after the cache closed", EMBEDDING_CLOSE_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Duration max(Duration... durations) {
        Duration longest = Duration.ZERO;
        for (Duration d : durations) {
            longest = d.compareTo(longest) > 0 ? d : longest;
        }
        return longest;
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Every default in one place: system ticker, own daemon thread, no meters, prefix {@value #DEFAULT_REDIS_KEY_PREFIX}. */
    public static final class Builder {
        private final CacheSettings settings;
        private Ticker ticker = Ticker.systemTicker();
        private ScheduledExecutorService scheduler;
        private Executor background;
        private AskDbMeters meters;
        private String redisKeyPrefix = DEFAULT_REDIS_KEY_PREFIX;
        private RemoteStore.Factory remoteStore;
        private Supplier<? extends Collection<Database>> databases = List::of;
        private Function<String, float[]> embedder = QuestionEmbedder::embed;
        private boolean embedStoredQuestions = true;

        private Builder(CacheSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
        }

        /** Time source for every TTL; tests pass a fake one. */
        public Builder ticker(Ticker value) {
            this.ticker = Objects.requireNonNull(value, "ticker");
            return this;
        }

        /**
         * Runs the cleanup every {@code CACHE_CLEANUP_INTERVAL} and the remote store's reconnection; by default a
         * daemon thread of the cache's own, shut down on {@link #close()}. One passed here is not shut down.
         */
        public Builder scheduler(ScheduledExecutorService value) {
            this.scheduler = Objects.requireNonNull(value, "scheduler");
            return this;
        }

        /**
         * Whether a stored question the request did not embed is embedded in the background for the
         * semantic level (on by default). Off for a process that answers once and exits: loading the
         * model would only delay its exit, which {@link #close()} waits for.
         */
        public Builder embedStoredQuestions(boolean value) {
            this.embedStoredQuestions = value;
            return this;
        }

        /** Embeds newly stored questions off the request; by default a daemon thread of its own. Tests pass {@code Runnable::run}. */
        public Builder backgroundExecutor(Executor value) {
            this.background = Objects.requireNonNull(value, "backgroundExecutor");
            return this;
        }

        /** Reports the statistics to askdb's meters ({@code askdb.cache.*}, {@code askdb.pool.*}). */
        public Builder meters(AskDbMeters value) {
            this.meters = value;
            return this;
        }

        /** Namespace of the keys and the event channel in Redis; servers that share answers use the same one. */
        public Builder redisKeyPrefix(String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("the Redis key prefix must not be blank");
            }
            this.redisKeyPrefix = value;
            return this;
        }

        /**
         * Creates the store behind levels 1 to 3 when {@code REDIS_URL} is set; by default the
         * {@link RemoteStore.Factory} on the class path that accepts the URL (askdb-redis provides one).
         */
        public Builder remoteStore(RemoteStore.Factory value) {
            this.remoteStore = Objects.requireNonNull(value, "remoteStore");
            return this;
        }

        /** The databases whose catalogs (level 4) and pools (level 5) the statistics report. */
        public Builder databases(Supplier<? extends Collection<Database>> value) {
            this.databases = Objects.requireNonNull(value, "databases");
            return this;
        }

        Builder embedder(Function<String, float[]> value) {
            this.embedder = Objects.requireNonNull(value, "embedder");
            return this;
        }

        public CacheSystem build() {
            return new CacheSystem(this);
        }
    }
}
