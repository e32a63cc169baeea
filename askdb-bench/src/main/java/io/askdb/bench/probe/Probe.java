package io.askdb.bench.probe;

import io.askdb.bench.EmbeddedSalesLt;
import io.askdb.offline.Candidate;
import io.askdb.offline.OfflineWorkbench;
import io.askdb.sql.Dialect;
import io.askdb.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Prints the offline reader's answer to each question (its best SQL and confidence), and on request
 * how it read the question and the first rows: a tuning aid for the fast path and airplane mode.
 *
 * <p>Run from the repository root after {@code mvn -q -DskipTests package}, on the embedded SalesLT
 * sample: {@code java -jar askdb-bench/target/askdb-bench.jar probe --trace --rows "how many products are red?"};
 * on a Spider database of the shared data: {@code probe --spider activity_1 "..."}; on any JDBC URL,
 * such as the shop of core's offline tests:
 * {@code probe --db "jdbc:h2:mem:shop;MODE=MSSQLServer;INIT=RUNSCRIPT FROM 'askdb-core/src/test/resources/offline/shop-mssql.sql'" "..."}.
 */
@Command(name = "probe", mixinStandardHelpOptions = true,
        description = "Prints the offline reader's SQL and confidence for questions, optionally its reading and rows.")
public final class Probe implements Callable<Integer> {

    @Option(names = "--db", description = "a JDBC URL (the embedded SalesLT sample)")
    String url;

    @Option(names = "--user", defaultValue = "", description = "the database user (none)")
    String user;

    @Option(names = "--password", defaultValue = "", description = "the database password (none)")
    String password;

    @Option(names = "--spider", description = "a Spider database of the shared data, by id (activity_1)")
    String spider;

    @Option(names = "--file", description = "questions to read, one a line")
    Path file;

    @Option(names = "--trace", description = "print how each question was read: tokens, cues, mentions, roles")
    boolean trace;

    @Option(names = "--rows", description = "run the best SQL and print its first five rows")
    boolean rows;

    @Parameters(arity = "0..*", paramLabel = "QUESTION")
    List<String> questions = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<String> asked = new ArrayList<>(questions);
        if (file != null) {
            asked.addAll(Files.readAllLines(file));
        }
        String jdbcUrl = jdbcUrl();
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            OfflineWorkbench reader = OfflineWorkbench.open(c, Dialect.fromJdbcUrl(jdbcUrl));
            for (String question : asked) {
                if (!question.isBlank()) {
                    probe(reader, c, question);
                }
            }
        }
        return 0;
    }

    private String jdbcUrl() {
        if (spider != null) {
            Path db = SharedData.find("spider/db/" + spider + ".sqlite").orElseThrow(() -> new IllegalArgumentException(
                    "no shared/data/spider/db/" + spider + ".sqlite beside the repository"));
            return "jdbc:sqlite:" + db;
        }
        return url != null ? url : EmbeddedSalesLt.load();
    }

    private void probe(OfflineWorkbench reader, Connection c, String question) {
        List<Candidate> candidates = reader.candidates(question);
        System.out.println(question + "\n  -> " + (candidates.isEmpty() ? "nothing" : candidates.get(0).sql()
                + String.format(Locale.ROOT, "  [%.2f]", candidates.get(0).confidence())));
        if (trace) {
            reader.trace(question).lines().forEach(line -> System.out.println("  " + line));
        }
        if (rows && !candidates.isEmpty()) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(candidates.get(0).sql())) {
                List<String> first = new ArrayList<>();
                while (rs.next() && first.size() < 5) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.append(rs.getObject(i)).append('|');
                    }
                    first.add(row.toString());
                }
                System.out.println("     " + first);
            } catch (SQLException e) {
                System.out.println("     ERROR " + e.getMessage());
            }
        }
    }
}
