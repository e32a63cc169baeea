package io.askdb.sql;

import io.askdb.schema.ColumnInfo;
import io.askdb.schema.ForeignKeyInfo;
import io.askdb.schema.SchemaCatalog;
import io.askdb.schema.TableId;
import io.askdb.schema.TableInfo;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-built catalogue shaped like AdventureWorksLT's SalesLT schema (the tables the guard tests
 * need, with their real column names), so guard tests do not depend on the sample database.
 */
final class SalesLtCatalog {

    static final List<String> DENY = List.of("SalesLT.Customer.PasswordHash", "SalesLT.Customer.PasswordSalt");

    private SalesLtCatalog() {}

    static SchemaCatalog catalog() {
        List<TableInfo> tables = new ArrayList<>();
        tables.add(table("SalesLT", "Customer", "CustomerID:int:pk", "NameStyle:bit", "Title:nvarchar",
                "FirstName:nvarchar", "MiddleName:nvarchar", "LastName:nvarchar", "Suffix:nvarchar",
                "CompanyName:nvarchar", "SalesPerson:nvarchar", "EmailAddress:nvarchar", "Phone:nvarchar",
                "PasswordHash:varchar", "PasswordSalt:varchar", "rowguid:uuid", "ModifiedDate:datetime"));
        tables.add(table("SalesLT", "Address", "AddressID:int:pk", "AddressLine1:nvarchar", "AddressLine2:nvarchar",
                "City:nvarchar", "StateProvince:nvarchar", "CountryRegion:nvarchar", "PostalCode:nvarchar",
                "rowguid:uuid", "ModifiedDate:datetime"));
        tables.add(table("SalesLT", "CustomerAddress", "CustomerID:int:pk", "AddressID:int:pk",
                "AddressType:nvarchar", "rowguid:uuid", "ModifiedDate:datetime"));
        tables.add(table("SalesLT", "ProductCategory", "ProductCategoryID:int:pk", "ParentProductCategoryID:int",
                "Name:nvarchar", "rowguid:uuid", "ModifiedDate:datetime"));
        tables.add(table("SalesLT", "ProductModel", "ProductModelID:int:pk", "Name:nvarchar",
                "CatalogDescription:xml", "rowguid:uuid", "ModifiedDate:datetime"));
        tables.add(table("SalesLT", "Product", "ProductID:int:pk", "Name:nvarchar", "ProductNumber:nvarchar",
                "Color:nvarchar", "StandardCost:money", "ListPrice:money", "Size:nvarchar", "Weight:decimal",
                "ProductCategoryID:int", "ProductModelID:int", "SellStartDate:datetime", "SellEndDate:datetime",
                "DiscontinuedDate:datetime", "ThumbNailPhoto:varbinary", "ThumbnailPhotoFileName:nvarchar",
                "rowguid:uuid", "ModifiedDate:datetime"));
        tables.add(table("SalesLT", "SalesOrderHeader", "SalesOrderID:int:pk", "RevisionNumber:tinyint",
                "OrderDate:datetime", "DueDate:datetime", "ShipDate:datetime", "Status:tinyint",
                "OnlineOrderFlag:bit", "SalesOrderNumber:nvarchar", "PurchaseOrderNumber:nvarchar",
                "AccountNumber:nvarchar", "CustomerID:int", "ShipToAddressID:int", "BillToAddressID:int",
                "ShipMethod:nvarchar", "CreditCardApprovalCode:varchar", "SubTotal:money", "TaxAmt:money",
                "Freight:money", "TotalDue:money", "Comment:nvarchar", "rowguid:uuid", "ModifiedDate:datetime"));
        tables.add(table("SalesLT", "SalesOrderDetail", "SalesOrderID:int:pk", "SalesOrderDetailID:int:pk",
                "OrderQty:smallint", "ProductID:int", "UnitPrice:money", "UnitPriceDiscount:money",
                "LineTotal:decimal", "rowguid:uuid", "ModifiedDate:datetime"));
        tables.add(table("dbo", "BuildVersion", "SystemInformationID:tinyint:pk", "Database Version:nvarchar",
                "VersionDate:datetime", "ModifiedDate:datetime"));
        return new SchemaCatalog("H2", tables, Instant.EPOCH);
    }

    /** Columns as {@code name:type} or {@code name:type:pk}. */
    static TableInfo table(String schema, String name, String... columns) {
        TableId id = new TableId(schema, name);
        List<ColumnInfo> infos = new ArrayList<>();
        for (String spec : columns) {
            String[] p = spec.split(":");
            infos.add(new ColumnInfo(p[0], p[1], jdbcType(p[1]), 0, true, p.length > 2, ""));
        }
        return new TableInfo(id, false, infos, List.<ForeignKeyInfo>of(), "");
    }

    private static int jdbcType(String type) {
        return switch (type) {
            case "int", "tinyint", "smallint", "bit" -> Types.INTEGER;
            case "money", "decimal" -> Types.DECIMAL;
            case "datetime" -> Types.TIMESTAMP;
            default -> Types.VARCHAR;
        };
    }
}
