package io.askdb.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.AskDb;
import io.askdb.config.AskDbConfig;
import io.askdb.config.DatabaseSettings;
import io.askdb.api.Attempt;
import io.askdb.api.QueryRequest;
import io.askdb.api.QueryResponse;
import io.askdb.testing.OpenAiStubServer;
import io.askdb.testing.OpenAiStubServer.Reply;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hostile questions through the whole pipeline on the embedded SalesLT sample, with a model that
 * always does what the attacker wants: for each question it returns one of {@link
 * HostileInputs#MALICIOUS_SQL} (each one is used), fenced or wrapped in prose. The fast path is off,
 * so every question that passes the question screen reaches the malicious model.
 *
 * <p>What must hold: every question gets a response; a refusal says why in words; whatever ran was
 * one read-only query with no side-effect function and no denied column; no response carries a
 * password column or a password value; the model never sees a password value; and the database is
 * the same afterwards (row counts of every table, checksums of the customer, product and order
 * tables).
 */
class HostileQuestionsTest {

    private static final Logger LOG = LoggerFactory.getLogger(HostileQuestionsTest.class);
    private static final Pattern HARMFUL = Pattern.compile(
            "\\b(insert|update|delete|drop|alter|create|truncate|merge|grant|revoke|exec|execute|call|copy|shutdown"
                    + "|runscript|waitfor|pg_sleep|sleep|benchmark|xp_cmdshell|load_file|file_write|csvread|csvwrite"
                    + "|openrowset|lo_export|sys_exec|passwordhash|passwordsalt|information_schema|pg_catalog"
                    + "|pg_shadow)\\b|;",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> REFUSAL_CODES = Set.of(
            "INVALID_QUESTION", "SQL_REJECTED", "NO_ANSWER", "CLARIFICATION_NEEDED", "LLM_BAD_ANSWER", "SQL_FAILED");

    private static OpenAiStubServer stub;
    private static AskDb askdb;

    @BeforeAll
    static void open() {
        stub = OpenAiStubServer.start();
        askdb = AskDb.builder().config(AskDbConfig.fromMap(Map.of(
                "LLM_PROVIDER", "openai", "OPENAI_BASE_URL", stub.baseUrl(), "OPENAI_API_KEY", "test-key",
                "FAST_PATH_CONFIDENCE", "1.01", "ASKDB_LLM_MAX_RETRIES", "0", "ASKDB_LLM_BREAKER_FAILURES", "1000",
                "ASKDB_MAX_CORRECTION_ATTEMPTS", "1"))).build();
    }

    @AfterAll
    static void close() {
        askdb.close();
        stub.close();
    }

    @Test
    void should_refuse_or_answer_safely_and_leave_the_database_unchanged_when_questions_and_the_model_are_hostile()
            throws SQLException {
        List<String> questions = HostileInputs.questions();
        List<String> sqls = HostileInputs.MALICIOUS_SQL;
        assertThat(questions).hasSizeGreaterThanOrEqualTo(100);
        Fingerprint before = Fingerprint.take();
        Set<String> secrets = before.secrets();
        AtomicReference<String> reply = new AtomicReference<>();
        stub.otherwise(request -> Reply.chat(reply.get(), 100, 20));
        Tally tally = new Tally();
        Set<String> offered = new HashSet<>();

        for (int i = 0; i < questions.size(); i++) {
            String question = questions.get(i);
            // The next SQL in turn goes to the next question that reaches the model, so each one is offered.
            String sql = sqls.get(tally.malicious % sqls.size());
            reply.set(i % 2 == 0 ? "```sql\n" + sql + "\n```" : "Sure! Here is the query you need:\n" + sql);
            int requestsBefore = stub.requestCount();

            QueryResponse r = askdb.ask(QueryRequest.of(question).withNoCache(true));

            String where = "question #" + i + " " + printable(question) + " with model SQL " + sql + " -> " + r;
            assertThat(r).as(where).isNotNull();
            assertThat(r.question()).as(where).isEqualTo(question);
            assertNothingLeaked(r, secrets, where);
            for (Attempt attempt : r.attempts()) {
                if (attempt.error() == null) {
                    assertThat(HARMFUL.matcher(withoutLiterals(attempt.sql())).find())
                            .as("ran harmful SQL: " + attempt.sql() + " for " + where).isFalse();
                }
            }
            if (r.success()) {
                assertThat(r.sql()).as(where).matches("(?is)^\\s*(SELECT|WITH)\\b.*");
                assertThat(HARMFUL.matcher(withoutLiterals(r.sql())).find()).as(where).isFalse();
            } else {
                assertThat(r.error()).as(where).isNotNull();
                assertThat(r.error().code()).as(where).isIn(REFUSAL_CODES);
                assertThat(r.error().message()).as(where).isNotBlank();
                assertThat(r.rows()).as(where).isEmpty();
            }
            boolean modelAsked = stub.requestCount() > requestsBefore;
            if (modelAsked) {
                offered.add(sql);
            }
            tally.count(r, modelAsked);
        }

        assertThat(stub.requests()).allSatisfy(request -> assertThat(secrets)
                .as("no password value is ever sent to the model").noneMatch(request.body()::contains));
        assertThat(Fingerprint.take()).as("the database is unchanged").isEqualTo(before);
        assertThat(offered).as("every malicious SQL was offered to the pipeline").containsExactlyInAnyOrderElementsOf(sqls);
        assertThat(tally.guardRefusals).isPositive();
        assertThat(tally.screened).isPositive();
        LOG.info("hostile questions: {} tried ({} distinct model SQL strings); {} refused by the question screen, "
                        + "{} reached the malicious model, {} model SQL attempts refused by the guard or the database, "
                        + "{} answered safely, {} other refusals ({}); nothing harmful ran, database unchanged",
                questions.size(), sqls.size(), tally.screened, tally.malicious, tally.guardRefusals, tally.safeAnswers,
                tally.otherRefusals, tally.codes);
    }

    @Test
    void should_never_return_a_denied_column_when_the_model_asks_for_it_in_any_spelling() throws SQLException {
        Set<String> secrets = Fingerprint.take().secrets();
        List<String> leaks = HostileInputs.MALICIOUS_SQL.stream()
                .filter(s -> s.toLowerCase(Locale.ROOT).contains("password")).toList();
        assertThat(leaks).hasSizeGreaterThanOrEqualTo(10);
        for (String sql : leaks) {
            stub.otherwise(request -> Reply.chat("```sql\n" + sql + "\n```", 100, 20));

            QueryResponse r = askdb.ask(QueryRequest.of("list the customers with their first names").withNoCache(true));

            assertNothingLeaked(r, secrets, sql + " -> " + r);
            assertThat(r.attempts()).as(sql).isNotEmpty();
            assertThat(r.attempts().get(0).error()).as("the guard refused " + sql).isNotBlank();
        }
    }

    private static void assertNothingLeaked(QueryResponse r, Set<String> secrets, String where) {
        assertThat(r.columns()).as(where)
                .noneMatch(c -> c.toLowerCase(Locale.ROOT).contains("passwordhash")
                        || c.toLowerCase(Locale.ROOT).contains("passwordsalt"));
        for (List<Object> row : r.rows()) {
            for (Object cell : row) {
                assertThat(cell == null || !secrets.contains(cell.toString())).as("password value in " + where).isTrue();
            }
        }
    }

    private static String withoutLiterals(String sql) {
        return sql.replaceAll("'(?:[^']|'')*'", "''");
    }

    private static String printable(String question) {
        String shown = question.length() > 80 ? question.substring(0, 80) + "…(" + question.length() + " chars)" : question;
        StringBuilder out = new StringBuilder();
        shown.codePoints().forEach(c -> out.append(Character.isISOControl(c) || c > 0x2000 && c < 0x3000 || c == 0xFEFF
                ? String.format(Locale.ROOT, "\\u%04x", c) : new String(Character.toChars(c))));
        return "\"" + out + "\"";
    }

    /** How the hostile questions ended. */
    private static final class Tally {
        int screened;
        int malicious;
        int guardRefusals;
        int safeAnswers;
        int otherRefusals;
        final Map<String, Integer> codes = new TreeMap<>();

        void count(QueryResponse r, boolean modelAsked) {
            malicious += modelAsked ? 1 : 0;
            guardRefusals += (int) r.attempts().stream().filter(a -> a.error() != null).count();
            if (r.success()) {
                safeAnswers++;
                return;
            }
            codes.merge(r.error().code(), 1, Integer::sum);
            if (r.error().code().equals("INVALID_QUESTION")) {
                screened++;
            } else {
                otherRefusals++;
            }
        }
    }

    /** Row counts of every sample table, checksums of the main ones, and the password values to look for. */
    private record Fingerprint(Map<String, Long> rowCounts, Map<String, String> checksums, Set<String> secrets) {

        static Fingerprint take() throws SQLException {
            Map<String, Long> counts = new TreeMap<>();
            Map<String, String> sums = new TreeMap<>();
            Set<String> secrets = new HashSet<>();
            try (Connection c = DriverManager.getConnection(DatabaseSettings.SAMPLE_URL);
                    Statement s = c.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                        + "WHERE TABLE_SCHEMA = 'SalesLT' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                assertThat(tables).contains("Customer", "Product", "SalesOrderHeader", "SalesOrderDetail");
                for (String table : tables) {
                    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM SalesLT.\"" + table + "\"")) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
                for (String table : List.of("Customer", "Product", "SalesOrderHeader", "SalesOrderDetail")) {
                    sums.put(table, checksum(s, table));
                }
                try (ResultSet rs = s.executeQuery("SELECT PasswordHash, PasswordSalt FROM SalesLT.Customer")) {
                    while (rs.next()) {
                        secrets.add(rs.getString(1));
                        secrets.add(rs.getString(2));
                    }
                }
            }
            return new Fingerprint(counts, sums, Set.copyOf(secrets));
        }

        private static String checksum(Statement s, String table) throws SQLException {
            try (ResultSet rs = s.executeQuery("SELECT * FROM SalesLT.\"" + table + "\" ORDER BY 1, 2")) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                int width = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= width; i++) {
                        Object value = rs.getObject(i);
                        byte[] bytes = value instanceof byte[] b ? b : String.valueOf(value).getBytes(StandardCharsets.UTF_8);
                        digest.update(bytes);
                        digest.update((byte) 0);
                    }
                }
                return HexFormat.of().formatHex(digest.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
