package io.askdb.dryrun;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** Row counts and SHA-256 checksums of tables, read over JDBC, to show a dry run changed nothing. */
final class TableFingerprint {

    private TableFingerprint() {}

    /** {@code table -> "rows:checksum"} for each table, its rows read in key order. */
    static Map<String, String> of(String url, String user, String... tables) throws SQLException {
        Map<String, String> prints = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, user, "");
                Statement s = c.createStatement()) {
            for (String table : tables) {
                MessageDigest digest = sha256();
                int rows = 0;
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                    int width = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        rows++;
                        for (int i = 1; i <= width; i++) {
                            digest.update(String.valueOf(rs.getObject(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                            digest.update((byte) 0);
                        }
                    }
                }
                prints.put(table, rows + ":" + HexFormat.of().formatHex(digest.digest()));
            }
        }
        return prints;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
