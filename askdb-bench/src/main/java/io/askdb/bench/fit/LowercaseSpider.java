package io.askdb.bench.fit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.askdb.testing.SharedData;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes a copy of Spider train as PostgreSQL would show it after folding unquoted CamelCase
 * names: every table and column of every database lowercased with its separators removed
 * ({@code Home_Town} becomes {@code hometown}), foreign keys kept, and the gold SQL of each
 * question rewritten to the new names. The questions are unchanged. The copy goes to a folder
 * outside the repository ({@code --to}), in the layout {@code tune --data} reads.
 *
 * <p>{@code java -jar askdb-bench/target/askdb-bench.jar lowercase --to /tmp/spider-lower [--data DIR]}
 */
@Command(name = "lowercase", mixinStandardHelpOptions = true,
        description = "Copies Spider train with every identifier lowercased and its separators removed.")
public final class LowercaseSpider implements Callable<Integer> {

    private static final Pattern TOKEN = Pattern.compile("'(?:[^']|'')*'|\"[^\"]*\"|`[^`]*`|[A-Za-z_][A-Za-z0-9_]*");

    @Option(names = "--to", required = true, description = "the folder to write (train.jsonl and db/)")
    Path to;

    @Option(names = "--data", description = "the Spider folder (the shared data's spider folder)")
    Path data;

    @Option(names = "--questions", description = "the questions file to rewrite (default: DATA/train.jsonl)")
    Path questions;

    @Override
    public Integer call() throws Exception {
        Path spider = data != null ? data : SharedData.find("spider").orElseThrow(() -> new IllegalArgumentException(
                "no --data, and no shared/data/spider beside the repository"));
        Path dbOut = to.resolve("db");
        Files.createDirectories(dbOut);
        Map<String, Map<String, String>> renames = new HashMap<>();
        int collisions = 0;
        try (Stream<Path> dirs = Files.list(spider.resolve("db"))) {
            for (Path entry : dirs.sorted().toList()) {
                String name = entry.getFileName().toString();
                String db = name.endsWith(".sqlite") ? name.substring(0, name.length() - ".sqlite".length()) : name;
                Path source = Files.isDirectory(entry) ? entry.resolve(db + ".sqlite") : entry;
                if (!Files.isRegularFile(source) || !source.toString().endsWith(".sqlite")) {
                    continue;
                }
                Path target = dbOut.resolve(db + ".sqlite");
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                Map<String, String> names = new HashMap<>();
                collisions += rename(target, names);
                renames.put(db, names);
            }
        }
        ObjectMapper json = new ObjectMapper();
        Path input = questions != null ? questions : spider.resolve("train.jsonl");
        int rewritten = 0;
        try (BufferedWriter w = Files.newBufferedWriter(to.resolve("train.jsonl"))) {
            for (String line : Files.readAllLines(input)) {
                ObjectNode n = (ObjectNode) json.readTree(line);
                Map<String, String> names = renames.getOrDefault(n.get("db_id").asText(), Map.of());
                if (n.hasNonNull("gold")) {
                    n.put("gold", rewrite(n.get("gold").asText(), names));
                    rewritten++;
                }
                w.write(json.writeValueAsString(n));
                w.newLine();
            }
        }
        System.out.printf(Locale.ROOT, "%d databases, %d questions rewritten, %d names kept for collisions; wrote %s%n",
                renames.size(), rewritten, collisions, to);
        return 0;
    }

    /** The folded form of a name: lowercase, letters and digits only. */
    static String fold(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Renames every table and column in place; fills old (lowercase) to new names; returns names kept. */
    private static int rename(Path file, Map<String, String> names) throws SQLException {
        int kept = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Set<String> tableNames = new HashSet<>();
            for (String t : tables) {
                tableNames.add(t.toLowerCase(Locale.ROOT));
            }
            for (String t : tables) {
                String folded = fold(t);
                String current = t;
                if (!folded.equals(t) && !folded.isEmpty()) {
                    boolean clash = !folded.equalsIgnoreCase(t) && tableNames.contains(folded);
                    if (clash) {
                        kept++;
                    } else {
                        s.execute("ALTER TABLE " + quote(t) + " RENAME TO " + quote(folded + "_tmp_fold"));
                        s.execute("ALTER TABLE " + quote(folded + "_tmp_fold") + " RENAME TO " + quote(folded));
                        current = folded;
                        names.put(t.toLowerCase(Locale.ROOT), folded);
                    }
                }
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("PRAGMA table_info(" + quote(current) + ")")) {
                    while (rs.next()) {
                        columns.add(rs.getString("name"));
                    }
                }
                Set<String> taken = new HashSet<>();
                for (String col : columns) {
                    taken.add(col.toLowerCase(Locale.ROOT));
                }
                for (String col : columns) {
                    String f = fold(col);
                    if (f.equals(col) || f.isEmpty()) {
                        continue;
                    }
                    if (!f.equalsIgnoreCase(col) && taken.contains(f)) {
                        kept++;
                        continue;
                    }
                    s.execute("ALTER TABLE " + quote(current) + " RENAME COLUMN " + quote(col) + " TO "
                            + quote(f + "_tmp_fold"));
                    s.execute("ALTER TABLE " + quote(current) + " RENAME COLUMN " + quote(f + "_tmp_fold") + " TO "
                            + quote(f));
                    taken.add(f);
                    String previous = names.putIfAbsent(col.toLowerCase(Locale.ROOT), f);
                    if (previous != null && !previous.equals(f)) {
                        kept++;
                    }
                }
            }
        }
        return kept;
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** The gold SQL with every identifier that names a renamed table or column in its folded form. */
    static String rewrite(String sql, Map<String, String> names) {
        Matcher m = TOKEN.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String token = m.group();
            String replacement = token;
            char first = token.charAt(0);
            if (first == '`' || first == '"') {
                String inner = token.substring(1, token.length() - 1);
                String renamed = names.get(inner.toLowerCase(Locale.ROOT));
                // A double-quoted word is a string in Spider's gold SQL unless it can only be a name.
                if (renamed != null && (first == '`' || !inner.matches("[A-Za-z0-9]*"))) {
                    replacement = renamed;
                }
            } else if (first != '\'') {
                replacement = names.getOrDefault(token.toLowerCase(Locale.ROOT), token);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
