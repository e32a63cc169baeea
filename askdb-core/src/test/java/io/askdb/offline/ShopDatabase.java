package io.askdb.offline;

import io.askdb.schema.CatalogLoader;
import io.askdb.schema.SchemaCatalog;
import io.askdb.sql.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** An in-memory H2 database in MSSQLServer mode holding a small shop shaped like AdventureWorksLT. */
final class ShopDatabase implements AutoCloseable {

    final Connection connection;
    final SchemaCatalog catalog;
    final OfflineAnswerer answerer;

    ShopDatabase(String name) throws SQLException, IOException {
        connection = DriverManager.getConnection("jdbc:h2:mem:" + name + ";MODE=MSSQLServer;DB_CLOSE_DELAY=-1");
        String script;
        try (InputStream in = ShopDatabase.class.getResourceAsStream("/offline/shop-mssql.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement st = connection.createStatement()) {
            for (String sql : script.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    st.execute(sql);
                }
            }
        }
        catalog = new CatalogLoader().load(connection);
        ValueIndex values = ValueIndex.build(connection, catalog, Dialect.H2_MSSQL, ValueIndex.Limits.DEFAULT);
        answerer = new OfflineAnswerer(catalog, Dialect.H2_MSSQL, values);
    }

    /** Rows of a query, each row its values as strings (numbers without trailing zeros). */
    List<List<String>> rows(String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    row.add(v instanceof Number num
                            ? new java.math.BigDecimal(num.toString()).stripTrailingZeros().toPlainString()
                            : String.valueOf(v));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Override
    public void close() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("DROP ALL OBJECTS");
        }
        connection.close();
    }
}
