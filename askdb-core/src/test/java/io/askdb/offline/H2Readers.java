package io.askdb.offline;

import io.askdb.schema.CatalogLoader;
import io.askdb.sql.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The offline reader over a small H2 database of a test's own, and the rows a query returns there. */
final class H2Readers {

    private H2Readers() {}

    /** A reader of the database at {@code url}, with its catalog and value index read as askdb reads them. */
    static OfflineAnswerer over(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            var catalog = new CatalogLoader().load(c);
            return new OfflineAnswerer(catalog, Dialect.H2, ValueIndex.build(c, catalog, Dialect.H2, ValueIndex.Limits.DEFAULT));
        }
    }

    /** The rows of a query, each value as text. */
    static List<List<String>> rows(String url, String sql) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    row.add(Objects.toString(rs.getObject(i)));
                }
                out.add(row);
            }
        }
        return out;
    }
}
