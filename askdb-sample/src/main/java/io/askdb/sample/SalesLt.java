package io.askdb.sample;

import static io.askdb.sample.ColumnType.BIT;
import static io.askdb.sample.ColumnType.DATETIME;
import static io.askdb.sample.ColumnType.INT;
import static io.askdb.sample.ColumnType.MONEY;
import static io.askdb.sample.ColumnType.NCHAR;
import static io.askdb.sample.ColumnType.NVARCHAR;
import static io.askdb.sample.ColumnType.NVARCHAR_MAX;
import static io.askdb.sample.ColumnType.SMALLINT;
import static io.askdb.sample.ColumnType.TINYINT;
import static io.askdb.sample.ColumnType.UNIQUEIDENTIFIER;
import static io.askdb.sample.ColumnType.VARBINARY_MAX;
import static io.askdb.sample.ColumnType.VARCHAR;
import static io.askdb.sample.ColumnType.XML;

import io.askdb.sample.Column.DefaultValue;
import io.askdb.sample.Table.Check;
import io.askdb.sample.Table.ForeignKey;
import io.askdb.sample.Table.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ten SalesLT tables of Microsoft's AdventureWorksLT, column for column, with the real
 * constraint names. SQL Server's user types are spelled out: Name = nvarchar(50), Flag and
 * NameStyle = bit, Phone = nvarchar(25), OrderNumber = nvarchar(25), AccountNumber = nvarchar(15).
 * {@link #TABLES} is in foreign-key order: a table only references tables before it (or itself).
 */
final class SalesLt {

    static final String SCHEMA = "SalesLT";

    static final Table PRODUCT_CATEGORY = table("ProductCategory", 41)
            .column(Column.of("ProductCategoryID", INT).asIdentity())
            .column(Column.of("ParentProductCategoryID", INT).asNullable())
            .column(name("Name"))
            .primaryKey("ProductCategoryID")
            .unique("AK_ProductCategory_Name", "Name")
            .foreignKey("FK_ProductCategory_ProductCategory_ParentProductCategoryID_ProductCategoryID",
                    "ParentProductCategoryID", "ProductCategory", "ProductCategoryID", false)
            .build();

    static final Table PRODUCT_MODEL = table("ProductModel", 128)
            .column(Column.of("ProductModelID", INT).asIdentity())
            .column(name("Name"))
            .column(Column.of("CatalogDescription", XML).asNullable())
            .primaryKey("ProductModelID")
            .unique("AK_ProductModel_Name", "Name")
            .build();

    static final Table PRODUCT_DESCRIPTION = table("ProductDescription", 762)
            .column(Column.of("ProductDescriptionID", INT).asIdentity())
            .column(Column.of("Description", NVARCHAR, 400))
            .primaryKey("ProductDescriptionID")
            .build();

    static final Table PRODUCT_MODEL_PRODUCT_DESCRIPTION = table("ProductModelProductDescription", 762)
            .column(Column.of("ProductModelID", INT))
            .column(Column.of("ProductDescriptionID", INT))
            .column(Column.of("Culture", NCHAR, 6))
            .primaryKey("ProductModelID", "ProductDescriptionID", "Culture")
            .foreignKey("FK_ProductModelProductDescription_ProductDescription_ProductDescriptionID",
                    "ProductDescriptionID", "ProductDescription", "ProductDescriptionID", false)
            .foreignKey("FK_ProductModelProductDescription_ProductModel_ProductModelID",
                    "ProductModelID", "ProductModel", "ProductModelID", false)
            .build();

    static final Table PRODUCT = table("Product", 295)
            .column(Column.of("ProductID", INT).asIdentity())
            .column(name("Name"))
            .column(Column.of("ProductNumber", NVARCHAR, 25))
            .column(Column.of("Color", NVARCHAR, 15).asNullable())
            .column(Column.of("StandardCost", MONEY))
            .column(Column.of("ListPrice", MONEY))
            .column(Column.of("Size", NVARCHAR, 5).asNullable())
            .column(Column.decimal("Weight", 8, 2).asNullable())
            .column(Column.of("ProductCategoryID", INT).asNullable())
            .column(Column.of("ProductModelID", INT).asNullable())
            .column(Column.of("SellStartDate", DATETIME))
            .column(Column.of("SellEndDate", DATETIME).asNullable())
            .column(Column.of("DiscontinuedDate", DATETIME).asNullable())
            .column(Column.of("ThumbNailPhoto", VARBINARY_MAX).asNullable())
            .column(Column.of("ThumbnailPhotoFileName", NVARCHAR, 50).asNullable())
            .primaryKey("ProductID")
            .unique("AK_Product_Name", "Name")
            .unique("AK_Product_ProductNumber", "ProductNumber")
            .foreignKey("FK_Product_ProductCategory_ProductCategoryID",
                    "ProductCategoryID", "ProductCategory", "ProductCategoryID", false)
            .foreignKey("FK_Product_ProductModel_ProductModelID",
                    "ProductModelID", "ProductModel", "ProductModelID", false)
            .check("CK_Product_ListPrice", "ListPrice >= 0.00")
            .check("CK_Product_SellEndDate", "SellEndDate >= SellStartDate OR SellEndDate IS NULL")
            .check("CK_Product_StandardCost", "StandardCost >= 0.00")
            .check("CK_Product_Weight", "Weight > 0.00")
            .build();

    static final Table CUSTOMER = table("Customer", 847)
            .column(Column.of("CustomerID", INT).asIdentity())
            .column(Column.of("NameStyle", BIT).defaults(DefaultValue.ZERO))
            .column(Column.of("Title", NVARCHAR, 8).asNullable())
            .column(name("FirstName"))
            .column(name("MiddleName").asNullable())
            .column(name("LastName"))
            .column(Column.of("Suffix", NVARCHAR, 10).asNullable())
            .column(Column.of("CompanyName", NVARCHAR, 128).asNullable())
            .column(Column.of("SalesPerson", NVARCHAR, 256).asNullable())
            .column(Column.of("EmailAddress", NVARCHAR, 50).asNullable())
            .column(Column.of("Phone", NVARCHAR, 25).asNullable())
            .column(Column.of("PasswordHash", VARCHAR, 128))
            .column(Column.of("PasswordSalt", VARCHAR, 10))
            .primaryKey("CustomerID")
            .index("IX_Customer_EmailAddress", "EmailAddress")
            .build();

    static final Table ADDRESS = table("Address", 450)
            .column(Column.of("AddressID", INT).asIdentity())
            .column(Column.of("AddressLine1", NVARCHAR, 60))
            .column(Column.of("AddressLine2", NVARCHAR, 60).asNullable())
            .column(Column.of("City", NVARCHAR, 30))
            .column(name("StateProvince"))
            .column(name("CountryRegion"))
            .column(Column.of("PostalCode", NVARCHAR, 15))
            .primaryKey("AddressID")
            .index("IX_Address_AddressLine1_AddressLine2_City_StateProvince_PostalCode_CountryRegion",
                    "AddressLine1", "AddressLine2", "City", "StateProvince", "PostalCode", "CountryRegion")
            .index("IX_Address_StateProvince", "StateProvince")
            .build();

    static final Table CUSTOMER_ADDRESS = table("CustomerAddress", 417)
            .column(Column.of("CustomerID", INT))
            .column(Column.of("AddressID", INT))
            .column(name("AddressType"))
            .primaryKey("CustomerID", "AddressID")
            .foreignKey("FK_CustomerAddress_Address_AddressID", "AddressID", "Address", "AddressID", false)
            .foreignKey("FK_CustomerAddress_Customer_CustomerID", "CustomerID", "Customer", "CustomerID", false)
            .build();

    static final Table SALES_ORDER_HEADER = table("SalesOrderHeader", 32)
            .column(Column.of("SalesOrderID", INT))
            .column(Column.of("RevisionNumber", TINYINT).defaults(DefaultValue.ZERO))
            .column(Column.of("OrderDate", DATETIME).defaults(DefaultValue.NOW))
            .column(Column.of("DueDate", DATETIME))
            .column(Column.of("ShipDate", DATETIME).asNullable())
            .column(Column.of("Status", TINYINT).defaults(DefaultValue.ONE))
            .column(Column.of("OnlineOrderFlag", BIT).defaults(DefaultValue.ONE))
            .column(Column.of("SalesOrderNumber", NVARCHAR, 25)
                    .computedAs("'SO' || CAST(SalesOrderID AS VARCHAR(23))", "CONCAT('SO', SalesOrderID)"))
            .column(Column.of("PurchaseOrderNumber", NVARCHAR, 25).asNullable())
            .column(Column.of("AccountNumber", NVARCHAR, 15).asNullable())
            .column(Column.of("CustomerID", INT))
            .column(Column.of("ShipToAddressID", INT).asNullable())
            .column(Column.of("BillToAddressID", INT).asNullable())
            .column(Column.of("ShipMethod", NVARCHAR, 50))
            .column(Column.of("CreditCardApprovalCode", VARCHAR, 15).asNullable())
            .column(Column.of("SubTotal", MONEY).defaults(DefaultValue.ZERO))
            .column(Column.of("TaxAmt", MONEY).defaults(DefaultValue.ZERO))
            .column(Column.of("Freight", MONEY).defaults(DefaultValue.ZERO))
            .column(Column.of("TotalDue", MONEY).computedAs("SubTotal + TaxAmt + Freight", null))
            .column(Column.of("Comment", NVARCHAR_MAX).asNullable())
            .primaryKey("SalesOrderID")
            .unique("AK_SalesOrderHeader_SalesOrderNumber", "SalesOrderNumber")
            .foreignKey("FK_SalesOrderHeader_Address_BillTo_AddressID", "BillToAddressID", "Address", "AddressID", false)
            .foreignKey("FK_SalesOrderHeader_Address_ShipTo_AddressID", "ShipToAddressID", "Address", "AddressID", false)
            .foreignKey("FK_SalesOrderHeader_Customer_CustomerID", "CustomerID", "Customer", "CustomerID", false)
            .check("CK_SalesOrderHeader_DueDate", "DueDate >= OrderDate")
            .check("CK_SalesOrderHeader_Freight", "Freight >= 0.00")
            .check("CK_SalesOrderHeader_ShipDate", "ShipDate >= OrderDate OR ShipDate IS NULL")
            .check("CK_SalesOrderHeader_Status", "Status >= 0 AND Status <= 8")
            .check("CK_SalesOrderHeader_SubTotal", "SubTotal >= 0.00")
            .check("CK_SalesOrderHeader_TaxAmt", "TaxAmt >= 0.00")
            .index("IX_SalesOrderHeader_CustomerID", "CustomerID")
            .build();

    static final Table SALES_ORDER_DETAIL = table("SalesOrderDetail", 542)
            .column(Column.of("SalesOrderID", INT))
            .column(Column.of("SalesOrderDetailID", INT).asIdentity())
            .column(Column.of("OrderQty", SMALLINT))
            .column(Column.of("ProductID", INT))
            .column(Column.of("UnitPrice", MONEY))
            .column(Column.of("UnitPriceDiscount", MONEY).defaults(DefaultValue.ZERO))
            .column(Column.decimal("LineTotal", 38, 6)
                    .computedAs("UnitPrice * (1.0 - UnitPriceDiscount) * OrderQty", null))
            .primaryKey("SalesOrderID", "SalesOrderDetailID")
            .foreignKey("FK_SalesOrderDetail_Product_ProductID", "ProductID", "Product", "ProductID", false)
            .foreignKey("FK_SalesOrderDetail_SalesOrderHeader_SalesOrderID",
                    "SalesOrderID", "SalesOrderHeader", "SalesOrderID", true)
            .check("CK_SalesOrderDetail_OrderQty", "OrderQty > 0")
            .check("CK_SalesOrderDetail_UnitPrice", "UnitPrice >= 0.00")
            .check("CK_SalesOrderDetail_UnitPriceDiscount", "UnitPriceDiscount >= 0.00")
            .index("IX_SalesOrderDetail_ProductID", "ProductID")
            .build();

    static final List<Table> TABLES = List.of(
            PRODUCT_CATEGORY, PRODUCT_MODEL, PRODUCT_DESCRIPTION, PRODUCT_MODEL_PRODUCT_DESCRIPTION, PRODUCT,
            CUSTOMER, ADDRESS, CUSTOMER_ADDRESS, SALES_ORDER_HEADER, SALES_ORDER_DETAIL);

    private SalesLt() {}

    /** The table with this name, ignoring case. */
    static Table table(String name) {
        for (Table t : TABLES) {
            if (t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no SalesLT table named " + name);
    }

    private static Column name(String column) {
        return Column.of(column, NVARCHAR, 50);
    }

    private static Builder table(String name, int rowCount) {
        return new Builder(name, rowCount);
    }

    /** Collects a table; every table ends with rowguid and ModifiedDate, as in SalesLT. */
    private static final class Builder {
        private final String name;
        private final int rowCount;
        private final List<Column> columns = new ArrayList<>();
        private final List<Key> uniques = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final List<Check> checks = new ArrayList<>();
        private final List<Key> indexes = new ArrayList<>();
        private Key primaryKey;

        Builder(String name, int rowCount) {
            this.name = name;
            this.rowCount = rowCount;
        }

        Builder column(Column column) {
            columns.add(column);
            return this;
        }

        Builder primaryKey(String... keyColumns) {
            primaryKey = new Key("PK_" + name + "_" + String.join("_", keyColumns), List.of(keyColumns));
            return this;
        }

        Builder unique(String constraint, String... keyColumns) {
            uniques.add(new Key(constraint, List.of(keyColumns)));
            return this;
        }

        Builder foreignKey(String constraint, String column, String referenced, String referencedColumn,
                boolean cascade) {
            foreignKeys.add(new ForeignKey(constraint, List.of(column), referenced, List.of(referencedColumn), cascade));
            return this;
        }

        Builder check(String constraint, String expression) {
            checks.add(new Check(constraint, expression));
            return this;
        }

        Builder index(String indexName, String... indexColumns) {
            indexes.add(new Key(indexName, List.of(indexColumns)));
            return this;
        }

        Table build() {
            columns.add(Column.of("rowguid", UNIQUEIDENTIFIER).defaults(DefaultValue.NEW_UUID));
            columns.add(Column.of("ModifiedDate", DATETIME).defaults(DefaultValue.NOW));
            uniques.add(new Key("AK_" + name + "_rowguid", List.of("rowguid")));
            if (primaryKey == null) {
                throw new IllegalStateException(name.toLowerCase(Locale.ROOT) + " has no primary key");
            }
            return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, rowCount);
        }
    }
}
