package io.askdb.sql;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableId;
import io.askdb.schema.TableInfo;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A small in-memory H2 database shaped like part of SalesLT, with secrets in the password columns
 * (every value starts with {@code SECRET}) so a test can see whether one ever comes back. Its
 * catalogue is read from the database itself, so names have H2's own case (upper case, except
 * the quoted {@code "Nick Name"}).
 */
final class H2Sample implements AutoCloseable {

    static final String SECRET = "SECRET";

    private static final List<String> DDL = List.of(
            "CREATE SCHEMA SalesLT",
            "CREATE TABLE SalesLT.Customer (CustomerID INT PRIMARY KEY, FirstName VARCHAR(50), LastName VARCHAR(50), "
                    + "CompanyName VARCHAR(100), EmailAddress VARCHAR(100), \"Nick Name\" VARCHAR(50), "
                    + "PasswordHash VARCHAR(128), PasswordSalt VARCHAR(10))",
            "CREATE TABLE SalesLT.Address (AddressID INT PRIMARY KEY, City VARCHAR(50), CountryRegion VARCHAR(50))",
            "CREATE TABLE SalesLT.CustomerAddress (CustomerID INT, AddressID INT, AddressType VARCHAR(20))",
            "CREATE TABLE SalesLT.ProductCategory (ProductCategoryID INT PRIMARY KEY, ParentProductCategoryID INT, "
                    + "Name VARCHAR(50))",
            "CREATE TABLE SalesLT.Product (ProductID INT PRIMARY KEY, Name VARCHAR(50), Color VARCHAR(15), "
                    + "ListPrice DECIMAL(10, 2), ProductCategoryID INT)",
            "CREATE TABLE SalesLT.SalesOrderHeader (SalesOrderID INT PRIMARY KEY, CustomerID INT, OrderDate TIMESTAMP, "
                    + "TotalDue DECIMAL(10, 2))",
            "CREATE TABLE SalesLT.SalesOrderDetail (SalesOrderID INT, SalesOrderDetailID INT, ProductID INT, "
                    + "OrderQty INT, LineTotal DECIMAL(10, 2))");

    private static final List<String> ROWS = List.of(
            "INSERT INTO SalesLT.Customer VALUES (1, 'Orlando', 'Gee', 'A Bike Store', 'orlando0@example.com', 'Orly', "
                    + "'SECRET-HASH-1', 'SECRET-S1'), (2, 'Keith', 'Harris', 'Progressive Sports', 'keith0@example.com', "
                    + "NULL, 'SECRET-HASH-2', 'SECRET-S2'), (3, 'Donna', 'Carreras', 'Advanced Bike Components', "
                    + "'donna0@example.com', 'Dee', 'SECRET-HASH-3', 'SECRET-S3'), (4, 'Janet', 'Gates', "
                    + "'Modular Cycle Systems', 'janet1@example.com', NULL, 'SECRET-HASH-4', 'SECRET-S4'), "
                    + "(5, 'Lucy', 'Harrington', 'Metropolitan Sports Supply', 'lucy0@example.com', 'Lu', "
                    + "'SECRET-HASH-5', 'SECRET-S5')",
            "INSERT INTO SalesLT.Address VALUES (10, 'Toronto', 'Canada'), (11, 'London', 'United Kingdom'), "
                    + "(12, 'Paris', 'France')",
            "INSERT INTO SalesLT.CustomerAddress VALUES (1, 10, 'Main Office'), (2, 11, 'Main Office'), (3, 12, 'Shipping')",
            "INSERT INTO SalesLT.ProductCategory VALUES (1, NULL, 'Bikes'), (2, NULL, 'Components'), (5, 1, 'Road Bikes'), "
                    + "(6, 1, 'Mountain Bikes'), (7, 2, 'Handlebars')",
            "INSERT INTO SalesLT.Product VALUES (680, 'HL Road Frame - Black', 'Black', 1431.50, 5), "
                    + "(706, 'HL Road Frame - Red', 'Red', 1431.50, 5), (707, 'Sport-100 Helmet, Red', 'Red', 34.99, 7), "
                    + "(712, 'AWC Logo Cap', NULL, 8.99, 7), (771, 'Mountain-100 Silver', 'Silver', 3399.99, 6)",
            "INSERT INTO SalesLT.SalesOrderHeader VALUES (71774, 1, TIMESTAMP '2008-06-01 00:00:00', 972.79), "
                    + "(71776, 2, TIMESTAMP '2008-06-01 00:00:00', 87.09), (71780, 3, TIMESTAMP '2008-06-01 00:00:00', 42452.65)",
            "INSERT INTO SalesLT.SalesOrderDetail VALUES (71774, 110562, 680, 1, 356.90), (71774, 110563, 706, 1, 356.90), "
                    + "(71776, 110567, 707, 1, 63.90), (71780, 110616, 771, 2, 1457.33)");

    private final Connection connection;

    private H2Sample(Connection connection) {
        this.connection = connection;
    }

    /** A fresh database; {@code mssql} selects H2's SQL Server compatibility mode. */
    static H2Sample create(String name, boolean mssql) throws SQLException {
        String url = "jdbc:h2:mem:" + name + (mssql ? ";MODE=MSSQLServer" : "") + ";DB_CLOSE_DELAY=-1";
        Connection connection = DriverManager.getConnection(url);
        try (Statement st = connection.createStatement()) {
            for (String sql : DDL) {
                st.execute(sql);
            }
            for (String sql : ROWS) {
                st.execute(sql);
            }
        }
        return new H2Sample(connection);
    }

    Connection connection() {
        return connection;
    }

    /** The catalogue of schema SALESLT as H2 reports it. */
    SchemaCatalog catalog() throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<TableInfo> tables = new ArrayList<>();
        try (ResultSet t = meta.getTables(null, "SALESLT", "%", new String[] {"TABLE"})) {
            while (t.next()) {
                String schema = t.getString("TABLE_SCHEM");
                String table = t.getString("TABLE_NAME");
                List<ColumnInfo> columns = new ArrayList<>();
                try (ResultSet c = meta.getColumns(null, schema, table, "%")) {
                    while (c.next()) {
                        columns.add(new ColumnInfo(c.getString("COLUMN_NAME"), c.getString("TYPE_NAME"),
                                c.getInt("DATA_TYPE"), c.getInt("COLUMN_SIZE"),
                                c.getInt("NULLABLE") == DatabaseMetaData.columnNullable, false, ""));
                    }
                }
                tables.add(new TableInfo(new TableId(schema, table), false, columns, List.of(), ""));
            }
        }
        return new SchemaCatalog(meta.getDatabaseProductName(), tables, Instant.now());
    }

    /** Rows of a query as strings, the column labels first. */
    List<List<String>> query(String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            st.setQueryTimeout(5);
            try (ResultSet rs = st.executeQuery(sql)) {
                int n = rs.getMetaData().getColumnCount();
                List<String> labels = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    labels.add(rs.getMetaData().getColumnLabel(i));
                }
                rows.add(labels);
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    long count(String table) throws SQLException {
        return Long.parseLong(query("SELECT COUNT(*) FROM " + table).get(1).get(0));
    }

    @Override
    public void close() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("DROP ALL OBJECTS");
        } finally {
            connection.close();
        }
    }
}
