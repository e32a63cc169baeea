-- A small shop in the shape of AdventureWorksLT (schema SalesLT, CamelCase names), for H2 in MSSQLServer mode.
CREATE SCHEMA SalesLT;
CREATE TABLE SalesLT.ProductCategory (ProductCategoryID INT PRIMARY KEY, Name NVARCHAR(50) NOT NULL);
CREATE TABLE SalesLT.ProductModel (ProductModelID INT PRIMARY KEY, Name NVARCHAR(50) NOT NULL);
CREATE TABLE SalesLT.Product (
  ProductID INT PRIMARY KEY, Name NVARCHAR(50) NOT NULL, ProductNumber NVARCHAR(25) NOT NULL, Color NVARCHAR(15),
  StandardCost DECIMAL(19,4) NOT NULL, ListPrice DECIMAL(19,4) NOT NULL, Size NVARCHAR(5),
  ProductCategoryID INT REFERENCES SalesLT.ProductCategory(ProductCategoryID),
  ProductModelID INT REFERENCES SalesLT.ProductModel(ProductModelID));
CREATE TABLE SalesLT.Customer (
  CustomerID INT PRIMARY KEY, FirstName NVARCHAR(50) NOT NULL, LastName NVARCHAR(50) NOT NULL,
  CompanyName NVARCHAR(128), EmailAddress NVARCHAR(50));
CREATE TABLE SalesLT.Address (
  AddressID INT PRIMARY KEY, AddressLine1 NVARCHAR(60) NOT NULL, City NVARCHAR(30) NOT NULL,
  StateProvince NVARCHAR(50) NOT NULL, CountryRegion NVARCHAR(50) NOT NULL, PostalCode NVARCHAR(15) NOT NULL);
CREATE TABLE SalesLT.CustomerAddress (
  CustomerID INT REFERENCES SalesLT.Customer(CustomerID), AddressID INT REFERENCES SalesLT.Address(AddressID),
  AddressType NVARCHAR(50) NOT NULL, PRIMARY KEY (CustomerID, AddressID));
CREATE TABLE SalesLT.SalesOrderHeader (
  SalesOrderID INT PRIMARY KEY, OrderDate DATE NOT NULL, CustomerID INT NOT NULL REFERENCES SalesLT.Customer(CustomerID),
  SubTotal DECIMAL(19,4) NOT NULL, TaxAmt DECIMAL(19,4) NOT NULL, TotalDue DECIMAL(19,4) NOT NULL);
CREATE TABLE SalesLT.SalesOrderDetail (
  SalesOrderID INT REFERENCES SalesLT.SalesOrderHeader(SalesOrderID), SalesOrderDetailID INT PRIMARY KEY,
  OrderQty SMALLINT NOT NULL, ProductID INT NOT NULL REFERENCES SalesLT.Product(ProductID),
  UnitPrice DECIMAL(19,4) NOT NULL, LineTotal DECIMAL(19,4) NOT NULL);

INSERT INTO SalesLT.ProductCategory VALUES (1, 'Bikes'), (2, 'Helmets'), (3, 'Gloves');
INSERT INTO SalesLT.ProductModel VALUES (1, 'Road-150'), (2, 'Sport-100'), (3, 'Half-Finger Gloves');
INSERT INTO SalesLT.Product VALUES
  (1, 'Road-150 Red, 62', 'BK-R93R-62', 'Red', 2171.29, 3578.27, '62', 1, 1),
  (2, 'Road-150 Black, 44', 'BK-R93B-44', 'Black', 2171.29, 3400.00, '44', 1, 1),
  (3, 'Sport-100 Helmet, Red', 'HL-U509-R', 'Red', 13.08, 34.99, NULL, 2, 2),
  (4, 'Sport-100 Helmet, Black', 'HL-U509', 'Black', 13.08, 34.99, NULL, 2, 2),
  (5, 'Half-Finger Gloves, S', 'GL-H102-S', 'Black', 9.15, 24.49, 'S', 3, 3),
  (6, 'Half-Finger Gloves, M', 'GL-H102-M', 'Black', 9.15, 24.49, 'M', 3, 3);
INSERT INTO SalesLT.Customer VALUES
  (1, 'Orlando', 'Gee', 'A Bike Store', 'orlando0@example.com'),
  (2, 'Keith', 'Harris', 'Progressive Sports', 'keith0@example.com'),
  (3, 'Donna', 'Carreras', 'Advanced Bike Components', 'donna0@example.com');
INSERT INTO SalesLT.Address VALUES
  (1, '2251 Elliot Avenue', 'Seattle', 'Washington', 'United States', '98104'),
  (2, '7943 Walnut Ave', 'Renton', 'Washington', 'United States', '98055'),
  (3, '99 Front Street', 'London', 'England', 'United Kingdom', 'SW1P 2NU');
INSERT INTO SalesLT.CustomerAddress VALUES (1, 1, 'Main Office'), (2, 2, 'Main Office'), (3, 3, 'Main Office');
INSERT INTO SalesLT.SalesOrderHeader VALUES
  (71774, DATE '2008-06-01', 1, 880.35, 70.43, 972.79),
  (71776, DATE '2008-06-01', 2, 78.81, 6.31, 87.09),
  (71780, DATE '2008-06-01', 1, 38418.69, 3073.50, 42452.65);
INSERT INTO SalesLT.SalesOrderDetail VALUES
  (71774, 110562, 1, 1, 3578.27, 3578.27), (71774, 110563, 2, 3, 34.99, 69.98),
  (71776, 110567, 1, 5, 24.49, 24.49), (71780, 110616, 4, 2, 3400.00, 13600.00);
