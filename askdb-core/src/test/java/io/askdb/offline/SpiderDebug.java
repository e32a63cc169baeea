package io.askdb.offline;

import io.askdb.schema.CatalogLoader;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.linking.Mention;
import io.askdb.schema.linking.SchemaLinker;
import io.askdb.sql.Dialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.sqlite.SQLiteConfig;

/** Prints how one question is read on one Spider database: tokens, cues, mentions, roles, SQL. */
public final class SpiderDebug {

    private SpiderDebug() {}

    public static void main(String[] args) throws Exception {
        Path db = io.askdb.testing.SharedData.require("spider/db/" + args[0] + ".sqlite");
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + db)) {
            SchemaCatalog catalog = new CatalogLoader().load(c);
            ValueIndex values = ValueIndex.build(c, catalog, Dialect.SQLITE, ValueIndex.Limits.DEFAULT);
            SchemaLinker linker = new SchemaLinker(catalog, values);
            for (int i = 1; i < args.length; i++) {
                Question q = new QuestionAnalyzer().analyze(args[i]);
                System.out.println("Q: " + args[i]);
                System.out.println("tokens: " + q.tokens().stream().map(t -> t.lemma() + "/" + t.kind().name().charAt(0)).toList());
                System.out.println("cues: " + q.cues());
                List<Mention> mentions = linker.link(q.tokens(), q::inCue);
                for (Mention m : mentions) {
                    System.out.println("  mention " + m.start() + "-" + m.end() + " " + m.kind() + " "
                            + m.links().stream().limit(4).map(l -> l.table().name() + (l.column() == null ? "" : "." + l.column().name())
                                    + String.format(java.util.Locale.ROOT, "(%.2f)", l.score())).toList());
                }
                Reading r = new RoleAssigner(linker).assign(q, mentions);
                System.out.println("parts: " + r.parts + " unexplained=" + r.unexplained + " unanchored=" + r.unanchored
                        + " notes=" + r.notes + " count=" + r.countForm + " sup=" + r.countSuperlative + " having=" + r.havingOp);
                System.out.println("-> " + new OfflineAnswerer(catalog, Dialect.SQLITE, values).candidates(args[i]));
            }
        }
    }
}
