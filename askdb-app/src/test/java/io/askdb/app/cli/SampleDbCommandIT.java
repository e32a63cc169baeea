package io.askdb.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.askdb.testing.ExternalServices;
import io.askdb.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** `askdb sample-db` into the real local servers, then `askdb ask --db` on them. */
class SampleDbCommandIT {

    private static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private static String freshPostgresDatabase(String name) throws Exception {
        try (Connection c = DriverManager.getConnection(PG_ADMIN); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
        return "jdbc:postgresql://127.0.0.1:5432/" + name + "?user=postgres";
    }

    @Test
    void should_load_the_sample_into_postgresql_and_answer_847() throws Exception {
        ExternalServices.requirePostgres();
        String url = freshPostgresDatabase("askdb_cli_it");

        CliRunner.Run load = CliRunner.run("sample-db", "--db", url);
        CliRunner.Run ask = CliRunner.run("ask", "--db", url, "How many customers are there?");

        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(load.out()).contains("Customer").contains("847");
        assertThat(ask.out()).containsPattern("(?m)^847\\s*$");
    }

    @Test
    void should_load_the_sample_into_mariadb_and_answer_847() {
        ExternalServices.requireMariaDb();
        String url = "jdbc:mariadb://127.0.0.1:3306/test?user=root";

        CliRunner.Run load = CliRunner.run("sample-db", "--db", url);
        CliRunner.Run ask = CliRunner.run("ask", "--db", url, "How many customers are there?");

        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(ask.out()).containsPattern("(?m)^847\\s*$");
    }

    @Test
    void should_load_microsofts_real_rows_into_postgresql_with_the_real_counts() throws Exception {
        ExternalServices.requirePostgres();
        Path csv = SharedData.require("adventureworkslt/csv");
        String url = freshPostgresDatabase("askdb_cli_real_it");

        CliRunner.Run load = CliRunner.run("sample-db", "--db", url, "--data", csv.toString());

        assertThat(load.exitCode()).as(load.err()).isZero();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String table : new String[] {"Customer", "Address", "CustomerAddress", "Product", "ProductCategory",
                "ProductModel", "ProductDescription", "ProductModelProductDescription", "SalesOrderHeader",
                "SalesOrderDetail"}) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM saleslt." + table)) {
                    rs.next();
                    assertThat(rs.getLong(1)).as(table).isEqualTo(dataRows(csv.resolve(table + ".csv")));
                }
            }
        }
    }

    /** Rows in one of Microsoft's files: records end with a CRLF (ProductModel: UTF-16, "~~" separated, multi-line). */
    private static long dataRows(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        boolean utf16 = bytes.length > 1 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE);
        String text = new String(bytes, utf16 ? java.nio.charset.StandardCharsets.UTF_16LE
                : java.nio.charset.Charset.forName("windows-1252"));
        if (utf16) {
            return Stream.of(text.split("\\r?\\n")).filter(l -> l.endsWith("~~") || l.endsWith("~~\r")).count();
        }
        return Stream.of(text.split("\\r\\n")).filter(l -> !l.isBlank()).count();
    }
}
