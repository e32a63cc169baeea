package io.askdb.offline;

import io.askdb.schema.linking.SchemaLinker;

/** Prints the fast path's reading of questions on the shop database (a tuning aid). */
public final class ShopProbe {
    private ShopProbe() {}

    public static void main(String[] args) throws Exception {
        try (ShopDatabase db = new ShopDatabase("probe")) {
            for (String q : args) {
                var c = db.answerer.candidates(q);
                if (System.getenv("DEBUG") != null) {
                    SchemaLinker linker = new SchemaLinker(db.catalog, ValueIndex.empty());
                    Question qq = new QuestionAnalyzer().analyze(q);
                    var mentions = linker.link(qq.tokens(), qq::inCue);
                    System.out.println("  cues " + qq.cues());
                    mentions.forEach(m -> System.out.println("  " + m.start() + "-" + m.end() + " " + m.kind() + " "
                            + m.links().stream().limit(3).map(l -> l.table().name() + "." + (l.column() == null ? "" : l.column().name()) + l.score()).toList()));
                    Reading r = new RoleAssigner(linker).assign(qq, mentions);
                    System.out.println("  parts " + r.parts + " notes " + r.notes);
                }
                System.out.println(q + "\n  -> " + (c.isEmpty() ? "nothing" : c.get(0).sql() + "  [" + String.format("%.2f", c.get(0).confidence()) + "]"));
                if (!c.isEmpty()) {
                    try {
                        System.out.println("     " + db.rows(c.get(0).sql()));
                    } catch (Exception e) {
                        System.out.println("     ERROR " + e.getMessage());
                    }
                }
            }
        }
    }
}
