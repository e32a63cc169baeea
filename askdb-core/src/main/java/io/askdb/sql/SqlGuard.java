package io.askdb.sql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableId;
import io.askdb.sql.SqlRejectedException.Reason;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.Select;

/**
 * Lets exactly one read-only query through, re-written so that it is safe to run: only a single
 * SELECT (WITH … SELECT, UNION/INTERSECT/EXCEPT of SELECTs) that names existing tables and
 * columns, reads no denied column, calls no dangerous function, reads no system catalogue, and
 * returns at most {@code maxRows} rows.
 *
 * <p>Layers, each able to refuse on its own: a lexical screen on the raw text (characters,
 * comments, statement count, keywords), JSqlParser and a walk over every node of its tree (query
 * only, no INTO, no locks, no forbidden functions), name resolution against the catalogue
 * (unknown names, denied columns, star expansion; a double-quoted token the database reads as a
 * string, see {@link QuoteReading}, becomes a single-quoted literal), the row cap, and finally, on the re-written
 * tree, the tree walk again plus a scope-blind leak check, and the lexical screen on the SQL text
 * that will actually run. That text is JSqlParser's rendering of the checked tree, never the
 * input, so nothing the checks did not see (comments included) reaches the database. (Parsing the
 * output once more would double the cost, about a millisecond per parse, for little: the
 * rendering is checked as text by the screen.)
 *
 * <p>A statement let through is remembered (a bounded cache of {@value #REMEMBERED} statements): the
 * result depends only on the text and on this guard, and models and caches send the same statement
 * again and again. Refusals are not remembered; they are rare and cheap to find again.
 *
 * <p>Thread-safe; immutable but for that cache, which is.
 */
public final class SqlGuard {

    /** Longer input is refused before any parsing (TOO_LONG). */
    public static final int MAX_SQL_LENGTH = 100_000;

    /**
     * How many statements let through are remembered: the hot ones that come again. Kept small
     * because a server taking new questions all day fills it with statements never seen again
     * (a kilobyte each).
     */
    static final int REMEMBERED = 1_000;

    private final SchemaCatalog catalog;
    private final Dialect dialect;
    private final ColumnDenyList denyList;
    private final int maxRows;
    private final int shownRows;
    private final boolean allowSystemCatalog;
    private final QuoteReading quotes;
    private final InputScreen screen;
    private final StatementParser parser;
    private final Cache<String, GuardedSql> accepted = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

    /** Statements remembered now (for tests of the bound). */
    long remembered() {
        accepted.cleanUp();
        return accepted.estimatedSize();
    }

    /** A guard that refuses reads of the system catalogues. */
    public SqlGuard(SchemaCatalog catalog, Dialect dialect, List<String> denyColumns, int maxRows) {
        this(catalog, dialect, denyColumns, maxRows, false);
    }

    /**
     * @param catalog the tables and columns that exist
     * @param dialect the target database's flavour: row-cap syntax, quoting, comment rules
     * @param denyColumns {@code schema.table.column} (or {@code table.column}) never to be read, any case
     * @param maxRows the row cap of the outermost query, at least 1
     * @param allowSystemCatalog true to let queries read information_schema, pg_catalog, sys.* and the like
     */
    public SqlGuard(SchemaCatalog catalog, Dialect dialect, List<String> denyColumns, int maxRows,
            boolean allowSystemCatalog) {
        this(catalog, dialect, QuoteReading.of(dialect), denyColumns, maxRows, maxRows, allowSystemCatalog);
    }

    /**
     * A guard whose SQL runs with the cap {@code maxRows} but is shown to people with {@code shownRows}
     * (the configured bound, when the executor reads one row more to tell a cut answer from a whole one).
     */
    public SqlGuard(SchemaCatalog catalog, Dialect dialect, List<String> denyColumns, int maxRows, int shownRows,
            boolean allowSystemCatalog) {
        this(catalog, dialect, QuoteReading.of(dialect), denyColumns, maxRows, shownRows, allowSystemCatalog);
    }

    /**
     * @param quotes how the database reads {@code "abc"}: for MySQL and MariaDB it depends on the
     *     server's sql_mode, which the caller reads ({@link QuoteReading#ofMysqlSqlMode})
     */
    public SqlGuard(SchemaCatalog catalog, Dialect dialect, QuoteReading quotes, List<String> denyColumns,
            int maxRows, boolean allowSystemCatalog) {
        this(catalog, dialect, quotes, denyColumns, maxRows, maxRows, allowSystemCatalog);
    }

    /**
     * @param quotes how the database reads {@code "abc"} (see above)
     * @param shownRows the cap written in the SQL shown to people (at most {@code maxRows})
     */
    public SqlGuard(SchemaCatalog catalog, Dialect dialect, QuoteReading quotes, List<String> denyColumns,
            int maxRows, int shownRows, boolean allowSystemCatalog) {
        if (maxRows >= 1 && (shownRows < 1 || shownRows > maxRows)) {
            throw new IllegalArgumentException("shownRows must be in [1, maxRows], was " + shownRows);
        }
        this.shownRows = shownRows;
        this.quotes = Objects.requireNonNull(quotes, "quotes");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.denyList = new ColumnDenyList(Objects.requireNonNull(denyColumns, "denyColumns"));
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be >= 1, was " + maxRows);
        }
        this.maxRows = maxRows;
        this.allowSystemCatalog = allowSystemCatalog;
        this.screen = new InputScreen(dialect, MAX_SQL_LENGTH);
        this.parser = new StatementParser(dialect);
    }

    /**
     * Checks a statement and returns the SQL to run.
     *
     * @throws SqlRejectedException with the rule that was broken and a message saying why
     */
    public GuardedSql check(String sql) {
        return check(sql, Listing.AS_WRITTEN);
    }

    /**
     * Checks a statement and returns the SQL to run; with {@link Listing#DESCRIBING}, a row listing's
     * star becomes the columns that identify and describe the rows ({@link ListingColumns}).
     *
     * @throws SqlRejectedException with the rule that was broken and a message saying why
     */
    public GuardedSql check(String sql, Listing listing) {
        String key = sql == null || listing == Listing.AS_WRITTEN ? sql : '\0' + sql;
        GuardedSql known = key == null ? null : accepted.getIfPresent(key);
        if (known != null) {
            return known;
        }
        GuardedSql checked = analyse(sql, listing);
        accepted.put(key, checked);
        return checked;
    }

    /** How the stars of a row listing are spelled out. */
    public enum Listing {
        /** Stars return every readable column, as written. */
        AS_WRITTEN,
        /** A listing's star returns the columns that identify and describe the rows. */
        DESCRIBING
    }

    private GuardedSql analyse(String sql, Listing listing) {
        try {
            Statement statement = parser.parseOne(screen.check(sql));
            Select select = ReadOnlyCheck.check(statement);
            if (listing == Listing.DESCRIBING) {
                ListingColumns.apply(select, catalog, denyList, dialect);
            }
            NameResolver names = new NameResolver(catalog, denyList, allowSystemCatalog, dialect, quotes);
            Set<TableId> tables = names.resolve(select);
            StringLiterals.rewrite(select, names.stringLiterals());
            RecursiveCtes.adapt(select, dialect);
            ColumnNamer.apply(select, dialect);
            RowCapper.Result capped = RowCapper.apply(select, dialect, maxRows, shownRows);
            ReadOnlyCheck.check(capped.select());
            LeakCheck.check(capped.select(), catalog, denyList, allowSystemCatalog);
            String out = capped.select().toString();
            screen.check(out);
            String shown = out;
            if (shownRows != maxRows && !capped.caps().isEmpty()) {
                capped.caps().forEach(cap -> cap.setValue(shownRows));
                shown = capped.select().toString();
            }
            return new GuardedSql(out, tables, capped.capped(), shown);
        } catch (StackOverflowError e) {
            throw new SqlRejectedException(Reason.TOO_COMPLEX, "the SQL is nested or chained too deeply to analyse");
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    /** How this guard reads {@code "abc"}. */
    public QuoteReading quoteReading() {
        return quotes;
    }

    public int maxRows() {
        return maxRows;
    }
}
