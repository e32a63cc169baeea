package io.askdb.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.Statements;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SetOperationList;

/**
 * Mutates valid queries by splicing hostile fragments (write keywords, semicolons, comments, INTO,
 * locking clauses, forbidden functions, denied columns, quotes, control characters) in at word
 * boundaries, and checks that whatever the guard lets through is still one capped, read-only
 * query that leaks nothing. The checks on the output do not reuse the guard's rules: JSqlParser's
 * plain parse, regular expressions over the SQL with its string literals blanked out, the column
 * names in the parsed tree, and finally running it on a real H2 database whose password columns
 * hold known secrets: no secret may come back and no table may change.
 */
class SqlGuardPropertyTest {

    private static H2Sample db;
    private static SqlGuard guard;

    @BeforeContainer
    static void createDatabase() throws SQLException {
        db = H2Sample.create("guard_property", true);
        guard = new SqlGuard(db.catalog(), Dialect.H2_MSSQL, SalesLtCatalog.DENY, 1000);
    }

    @AfterContainer
    static void dropDatabase() throws SQLException {
        db.close();
    }

    private static final List<String> VALID = List.of(
            "SELECT Name, ListPrice FROM SalesLT.Product WHERE ListPrice > 100 ORDER BY ListPrice DESC",
            "SELECT COUNT(*) FROM SalesLT.Customer",
            "SELECT * FROM SalesLT.Customer WHERE LastName = 'Gee'",
            "SELECT c.FirstName, c.LastName FROM SalesLT.Customer c JOIN SalesLT.CustomerAddress ca "
                    + "ON ca.CustomerID = c.CustomerID",
            "SELECT p.Name, pc.Name FROM SalesLT.Product p LEFT JOIN SalesLT.ProductCategory pc "
                    + "ON pc.ProductCategoryID = p.ProductCategoryID",
            "WITH t AS (SELECT CustomerID, SUM(TotalDue) AS s FROM SalesLT.SalesOrderHeader GROUP BY CustomerID) "
                    + "SELECT CustomerID, s FROM t WHERE s > 1000",
            "SELECT Color, COUNT(*) AS n FROM SalesLT.Product GROUP BY Color HAVING COUNT(*) > 1",
            "SELECT FirstName FROM SalesLT.Customer UNION SELECT Name FROM SalesLT.Product",
            "SELECT Name FROM SalesLT.Product p WHERE EXISTS (SELECT 1 FROM SalesLT.SalesOrderDetail d "
                    + "WHERE d.ProductID = p.ProductID)",
            "SELECT Name, ROW_NUMBER() OVER (ORDER BY ListPrice) AS rn FROM SalesLT.Product",
            "SELECT City FROM SalesLT.Address WHERE CountryRegion IN ('Canada', 'France')",
            "SELECT c.* FROM SalesLT.Customer c WHERE c.CustomerID < 10");

    private static final List<String> FRAGMENTS = List.of(
            "; DROP TABLE SalesLT.Customer", " DELETE FROM SalesLT.Customer ", " DROP TABLE SalesLT.Product ",
            " INSERT INTO SalesLT.Product (Name) VALUES ('x') ", " UPDATE SalesLT.Product SET ListPrice = 0 ",
            " TRUNCATE TABLE SalesLT.Product ", " MERGE INTO t USING s ON 1 = 1 WHEN MATCHED THEN DELETE ",
            " GRANT ALL ON SalesLT.Customer TO public ", " ALTER TABLE SalesLT.Product ADD x INT ", ";", " ; ",
            "; SELECT 1", "--", " -- ", "--\n", "/*", "*/", " /* ; */ ", " /*! DROP TABLE x */ ", " INTO Stolen ",
            " INTO OUTFILE '/tmp/x' ", " FOR UPDATE ", " FOR SHARE ", " WITH (UPDLOCK) ", " LOCK IN SHARE MODE ",
            " EXEC xp_cmdshell 'dir' ", " CALL p() ", " pg_sleep(1) ", ", pg_sleep(1)", " xp_cmdshell('dir') ",
            ", LOAD_FILE('/etc/passwd')", " NEXT VALUE FOR s ", " UNION SELECT PasswordHash FROM SalesLT.Customer ",
            ", PasswordHash", " PasswordSalt ", " JOIN information_schema.tables it ON 1 = 1 ", "'", "\"", "\\", "\\'",
            "(", ")", "\n", "\u200B", "\u0000", " SHUTDOWN ", " WAITFOR DELAY '0:0:5' ", " COMMIT ", " SELECT ",
            ", *", " {fn user()} ", " COPY t TO PROGRAM 'id' ", " SET x = 1 ", " c.* ", ", c", " AS x(a, b) ");

    private static final Pattern STRING_LITERAL = Pattern.compile("N?'(?:[^']|'')*'");
    private static final Pattern WRITE_WORD = Pattern.compile(
            "(?i)\\b(INSERT|UPDATE|DELETE|MERGE|UPSERT|DROP|ALTER|CREATE|TRUNCATE|GRANT|REVOKE|EXEC|EXECUTE|CALL"
                    + "|COPY|INTO|SHUTDOWN|WAITFOR|COMMIT|LOCK|UPDLOCK|SET|SHARE|NEXT\\s+VALUE)\\b");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "(?i)\\b(pg_sleep|xp_cmdshell|load_file|information_schema)\\b|\\{");
    private static final Pattern CAP = Pattern.compile("(?i)\\bTOP \\d+|FETCH (NEXT|FIRST) \\d+ ROWS ONLY");

    private record Splice(String fragment, double where) {}

    @Provide
    Arbitrary<String> mutatedQueries() {
        Arbitrary<Splice> splice = Combinators.combine(Arbitraries.of(FRAGMENTS), Arbitraries.doubles().between(0, 1))
                .as(Splice::new);
        return Combinators.combine(Arbitraries.of(VALID), splice.list().ofMinSize(1).ofMaxSize(3))
                .as(SqlGuardPropertyTest::apply);
    }

    /** Splices each fragment in at a word boundary (start, end or a space) chosen by its position. */
    private static String apply(String sql, List<Splice> splices) {
        String out = sql;
        for (Splice s : splices) {
            List<Integer> boundaries = new ArrayList<>(List.of(0, out.length()));
            for (int i = 0; i < out.length(); i++) {
                if (out.charAt(i) == ' ') {
                    boundaries.add(i);
                }
            }
            boundaries.sort(null);
            int at = boundaries.get((int) Math.min(boundaries.size() - 1, s.where() * boundaries.size()));
            out = out.substring(0, at) + s.fragment() + out.substring(at);
        }
        return out;
    }

    @Property(tries = 1000, seed = "424242")
    void should_only_ever_pass_one_capped_read_only_query_when_valid_sql_is_mutated(
            @ForAll("mutatedQueries") String sql) throws Exception {
        GuardedSql guarded;
        try {
            guarded = guard.check(sql);
        } catch (SqlRejectedException e) {
            Statistics.collect(e.reason());
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        Statistics.collect("PASSED");
        assertOneCappedReadOnlyQuery(guarded.sql());
        assertRunsWithoutLeakingOrWriting(guarded.sql());
    }

    @Example
    void should_pass_every_unmutated_query_when_it_is_valid() throws Exception {
        for (String sql : VALID) {
            String out = guard.check(sql).sql();
            assertOneCappedReadOnlyQuery(out);
            assertThat(db.query(out).size()).as("rows of %s", out).isGreaterThan(1);
        }
    }

    /** Aggregates only, no GROUP BY: one row, so the guard adds no cap. */
    private static final java.util.regex.Pattern ONE_ROW = java.util.regex.Pattern.compile(
            "(?is)SELECT\\s+(COUNT|SUM|AVG|MIN|MAX)\\([^()]*\\)(\\s+AS\\s+[\\w\\[\\]\"]+)?(\\s*,\\s*(COUNT|SUM|AVG|MIN|MAX)\\([^()]*\\)(\\s+AS\\s+[\\w\\[\\]\"]+)?)*"
                    + "\\s+FROM\\s+[\\w.\\[\\]\"]+(\\s+WHERE\\s+(?!.*\\bGROUP\\b).*)?");

    private static void assertOneCappedReadOnlyQuery(String out) throws Exception {
        Statements statements = CCJSqlParserUtil.newParser(out).withSquareBracketQuotation(true).Statements();
        assertThat(statements).hasSize(1);
        assertThat(statements.get(0)).isInstanceOfAny(PlainSelect.class, SetOperationList.class, ParenthesedSelect.class);
        String code = STRING_LITERAL.matcher(out).replaceAll("''");
        assertThat(code).doesNotContain(";", "--", "/*", "\u0000", "\u200B");
        assertThat(WRITE_WORD.matcher(code).find()).as("write or lock keyword in %s", out).isFalse();
        assertThat(FORBIDDEN.matcher(code).find()).as("forbidden name in %s", out).isFalse();
        assertThat(CAP.matcher(code).find() || ONE_ROW.matcher(code).matches()).as("row cap in %s", out).isTrue();
        assertThat(AstNodes.collect(statements.get(0), Column.class))
                .extracting(c -> c.getColumnName().replaceAll("[\\[\\]\"`]", "").toLowerCase(Locale.ROOT))
                .as("columns read by %s", out)
                .doesNotContain("passwordhash", "passwordsalt");
    }

    private static void assertRunsWithoutLeakingOrWriting(String out) throws SQLException {
        List<List<String>> rows;
        try {
            rows = db.query(out);
        } catch (SQLException refusedByDatabase) {
            rows = List.of(); // valid for the guard, wrong for H2 (a function H2 lacks): nothing ran
        }
        assertThat(rows).as("rows of %s", out).allSatisfy(row -> assertThat(row)
                .noneMatch(v -> v != null && v.contains(H2Sample.SECRET)));
        assertThat(db.count("SalesLT.Customer")).isEqualTo(5);
        assertThat(db.count("SalesLT.Product")).isEqualTo(5);
    }
}
