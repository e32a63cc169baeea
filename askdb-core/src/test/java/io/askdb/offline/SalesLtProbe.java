package io.askdb.offline;

import io.askdb.config.DatabaseSettings;
import io.askdb.sample.SampleDatabase;
import io.askdb.schema.CatalogLoader;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.linking.SchemaLinker;
import io.askdb.sql.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints the fast path's reading of questions on the embedded SalesLT sample (a tuning aid). */
public final class SalesLtProbe {
    private SalesLtProbe() {}

    public static void main(String[] args) throws Exception {
        SampleDatabase.ensureEmbeddedLoaded(DatabaseSettings.SAMPLE_URL, "sa", "");
        List<String> questions = args.length == 1 && Files.exists(Path.of(args[0]))
                ? Files.readAllLines(Path.of(args[0])) : List.of(args);
        try (Connection c = DriverManager.getConnection(DatabaseSettings.SAMPLE_URL, "sa", "")) {
            SchemaCatalog catalog = new CatalogLoader().load(c);
            ValueIndex values = ValueIndex.build(c, catalog, Dialect.H2_MSSQL, ValueIndex.Limits.DEFAULT);
            OfflineAnswerer answerer = new OfflineAnswerer(catalog, Dialect.H2_MSSQL, values);
            SchemaLinker linker = new SchemaLinker(catalog, values);
            for (String q : questions) {
                if (q.isBlank()) continue;
                var cands = answerer.candidates(q);
                System.out.println(q + "\n  -> " + (cands.isEmpty() ? "nothing" : cands.get(0).sql()
                        + String.format(Locale.ROOT, "  [%.2f]", cands.get(0).confidence())));
                if (System.getenv("DEBUG") != null) {
                    Question qq = new QuestionAnalyzer().analyze(q);
                    var mentions = linker.link(qq.tokens(), qq::inCue);
                    System.out.println("  cues " + qq.cues());
                    mentions.forEach(m -> System.out.println("  " + m.start() + "-" + m.end() + " " + m.kind() + " "
                            + m.links().stream().limit(4).map(l -> l.table().name() + "." + (l.column() == null ? "" : l.column().name()) + "=" + l.score()).toList()));
                    Reading r = new RoleAssigner(linker).assign(qq, mentions);
                    System.out.println("  parts " + r.parts + " notes " + r.notes);
                    answerer.read(q).ifPresent(d -> System.out.println("  " + d.features()));
                }
                if (!cands.isEmpty() && System.getenv("ROWS") != null) {
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(cands.get(0).sql())) {
                        List<String> rows = new ArrayList<>();
                        while (rs.next() && rows.size() < 5) {
                            StringBuilder b = new StringBuilder();
                            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) b.append(rs.getObject(i)).append('|');
                            rows.add(b.toString());
                        }
                        System.out.println("     " + rows);
                    } catch (Exception e) {
                        System.out.println("     ERROR " + e.getMessage());
                    }
                }
            }
        }
    }
}
