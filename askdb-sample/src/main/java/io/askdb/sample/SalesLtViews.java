package io.askdb.sample;

import java.util.List;

/**
 * Two of SalesLT's views, as Microsoft defines them (without SCHEMABINDING). The third,
 * vProductModelCatalogDescription, shreds XML with XQuery and has no portable spelling; it is left out.
 */
final class SalesLtViews {

    private SalesLtViews() {}

    static List<String> create() {
        return List.of(
                """
                CREATE VIEW SalesLT.vProductAndDescription AS
                SELECT p.ProductID, p.Name, pm.Name AS ProductModel, pmx.Culture, pd.Description
                FROM SalesLT.Product p
                INNER JOIN SalesLT.ProductModel pm ON p.ProductModelID = pm.ProductModelID
                INNER JOIN SalesLT.ProductModelProductDescription pmx ON pm.ProductModelID = pmx.ProductModelID
                INNER JOIN SalesLT.ProductDescription pd ON pmx.ProductDescriptionID = pd.ProductDescriptionID""",
                // SQL Server's recursive CTE needs no RECURSIVE keyword; H2, PostgreSQL and MariaDB all accept it.
                """
                CREATE VIEW SalesLT.vGetAllCategories AS
                WITH RECURSIVE CategoryCTE (ParentProductCategoryID, ProductCategoryID, Name) AS (
                    SELECT ParentProductCategoryID, ProductCategoryID, Name
                    FROM SalesLT.ProductCategory
                    WHERE ParentProductCategoryID IS NULL
                    UNION ALL
                    SELECT c.ParentProductCategoryID, c.ProductCategoryID, c.Name
                    FROM SalesLT.ProductCategory AS c
                    INNER JOIN CategoryCTE AS bc ON bc.ProductCategoryID = c.ParentProductCategoryID
                )
                SELECT pc.Name AS ParentProductCategoryName, ccte.Name AS ProductCategoryName, ccte.ProductCategoryID
                FROM CategoryCTE AS ccte
                JOIN SalesLT.ProductCategory AS pc ON pc.ProductCategoryID = ccte.ParentProductCategoryID""");
    }
}
