package io.askdb.bench.replay;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Runs SQL on the replay's database outside every contestant: the gold SQL once per statement,
 * and the SQL the peer reports, so its rows are compared the same way. Not timed.
 *
 * <p>Thread-safe: the contestants' runs share it; two runs asking for a new statement at once may
 * both run it, and one result is kept.
 */
final class GoldOracle {

    private final DataSource dataSource;
    private final Map<String, List<List<Object>>> results = new ConcurrentHashMap<>();

    GoldOracle(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The rows of a statement, run once and remembered. */
    List<List<Object>> rows(String sql) throws SQLException {
        List<List<Object>> known = results.get(sql);
        if (known != null) {
            return known;
        }
        List<List<Object>> rows = run(sql);
        results.put(sql, rows);
        return rows;
    }

    private List<List<Object>> run(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int c = 1; c <= columns; c++) {
                    row.add(rs.getObject(c));
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
