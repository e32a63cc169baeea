package io.askdb.bench.workload;

import static io.askdb.bench.workload.Hardness.COMPLEX;
import static io.askdb.bench.workload.Hardness.MEDIUM;
import static io.askdb.bench.workload.Hardness.SIMPLE;
import static io.askdb.bench.workload.QuestionTemplate.of;

import java.util.List;

/**
 * The questions people ask of a sales database, on the SalesLT schema. Simple: one table, at most
 * a filter, an aggregate or an ordering. Medium: one join or a grouping. Complex: several joins
 * with grouping, subqueries, anti-joins or ratios.
 *
 * <p>A gold SQL selects what its question asks for and no more ("which products cost more than
 * 500" asks for products, not their prices); the replay accepts answers that show more columns.
 * Every ranking ends in a tie-breaker (the name): H2 returns rows that tie on the ranked value in
 * no fixed order, so without one the same statement gives different rows from run to run.
 */
final class SalesLtTemplates {

    private SalesLtTemplates() {}

    static List<QuestionTemplate> all() {
        return List.of(
                // simple
                of("count-customers", SIMPLE, "SELECT COUNT(*) FROM SalesLT.Customer",
                        "How many customers are there?", "How many customers do we have?", "Count the customers",
                        "What is the total number of customers?")
                        .people("how many clients have we got", "customer count?", "number of customers we have on file"),
                of("count-products", SIMPLE, "SELECT COUNT(*) FROM SalesLT.Product",
                        "How many products are there?", "How many products do we sell?", "Count the products")
                        .people("how big is our catalog", "how many items do we carry", "product count"),
                of("count-orders", SIMPLE, "SELECT COUNT(*) FROM SalesLT.SalesOrderHeader",
                        "How many orders are there?", "How many sales orders do we have?", "Count the sales orders")
                        .people("how many sales have we made so far", "total number of purchases", "orders placed, how many?"),
                of("list-categories", SIMPLE, "SELECT Name FROM SalesLT.ProductCategory",
                        "List all product categories", "Show me the product categories",
                        "What product categories are there?")
                        .people("what kinds of things do we sell", "categories?", "what are our product types"),
                of("products-of-color", SIMPLE, "SELECT Name FROM SalesLT.Product WHERE Color = '{color}'",
                        "Which products are {color}?", "List the {color} products", "Show me all {color} products")
                        .people("anything in {color}?", "got any {color} stuff", "{color} items please"),
                of("count-products-of-color", SIMPLE, "SELECT COUNT(*) FROM SalesLT.Product WHERE Color = '{color}'",
                        "How many {color} products are there?", "How many products have the color {color}?")
                        .people("how many items come in {color}", "{color} products, how many", "number of things we sell in {color}"),
                of("products-over-price", SIMPLE,
                        "SELECT Name FROM SalesLT.Product WHERE ListPrice > {price}",
                        "Which products cost more than {price} dollars?",
                        "List products with a list price above {price}", "Show me products priced over ${price}")
                        .people("what's pricier than {price}", "stuff over {price} bucks", "items above {price}"),
                of("top-expensive-products", SIMPLE,
                        "SELECT TOP {n} Name FROM SalesLT.Product ORDER BY ListPrice DESC, Name",
                        "What are the {n} most expensive products?", "Show the top {n} products by list price",
                        "List the {n} priciest products")
                        .people("our {n} priciest items", "{n} most costly things we sell", "give me the top {n} by price"),
                of("average-list-price", SIMPLE, "SELECT AVG(ListPrice) FROM SalesLT.Product",
                        "What is the average list price of our products?", "Average product list price",
                        "What do our products cost on average?")
                        .people("what's the typical price of an item", "mean price across the catalog", "on average what do things sell for"),
                of("highest-list-price", SIMPLE, "SELECT MAX(ListPrice) FROM SalesLT.Product",
                        "What is the highest list price?", "What is the maximum list price of a product?")
                        .people("what's our most expensive price", "the most anything sells for?", "top price in the catalog"),
                of("contacts-at-company", SIMPLE,
                        "SELECT FirstName, LastName FROM SalesLT.Customer WHERE CompanyName = '{company}'",
                        "Who are the contacts at {company}?", "List the customers from the company {company}")
                        .people("who do we deal with at {company}", "people at {company}", "{company} contacts"),
                of("addresses-in-city", SIMPLE, "SELECT COUNT(*) FROM SalesLT.Address WHERE City = '{city}'",
                        "How many addresses are in {city}?", "Count the addresses in {city}")
                        .people("how many addresses do we have for {city}", "{city}: how many addresses", "number of locations in {city}"),
                of("cities-in-state", SIMPLE,
                        "SELECT DISTINCT City FROM SalesLT.Address WHERE StateProvince = '{state}'",
                        "Which cities in {state} do we have addresses in?", "List the cities in {state}")
                        .people("where in {state} are we", "{state} cities", "what towns in {state} have addresses"),
                of("orders-in-year", SIMPLE,
                        "SELECT COUNT(*) FROM SalesLT.SalesOrderHeader WHERE YEAR(OrderDate) = {year}",
                        "How many orders were placed in {year}?", "Number of orders in {year}")
                        .people("how many sales in {year}", "{year} order count", "orders from {year}, how many"),
                of("total-due-of-order", SIMPLE,
                        "SELECT TotalDue FROM SalesLT.SalesOrderHeader WHERE SalesOrderNumber = '{order}'",
                        "What is the total due of order {order}?", "How much is due on sales order {order}?")
                        .people("what do they owe on {order}", "{order} amount due", "balance of order {order}"),
                of("price-of-product", SIMPLE, "SELECT ListPrice FROM SalesLT.Product WHERE Name = '{product}'",
                        "What is the list price of {product}?", "How much does {product} cost?")
                        .people("price of {product}?", "what does {product} sell for", "{product} - how much"),
                of("customers-of-salesperson", SIMPLE,
                        "SELECT COUNT(*) FROM SalesLT.Customer WHERE SalesPerson = '{salesperson}'",
                        "How many customers does {salesperson} look after?",
                        "Count the customers of sales person {salesperson}")
                        .people("how many accounts does {salesperson} have", "{salesperson} customer count", "clients handled by {salesperson}"),
                of("products-of-size", SIMPLE, "SELECT COUNT(*) FROM SalesLT.Product WHERE Size = '{size}'",
                        "How many products come in size {size}?", "Count the products of size {size}")
                        .people("how many things in size {size}", "size {size} products, how many", "number of items sized {size}"),
                // medium
                of("products-in-category", MEDIUM,
                        "SELECT p.Name FROM SalesLT.Product p JOIN SalesLT.ProductCategory c"
                                + " ON p.ProductCategoryID = c.ProductCategoryID WHERE c.Name = '{category}'",
                        "Which products are in the {category} category?", "List the products in category {category}",
                        "Show me the {category} products")
                        .people("what {category} do we have", "show {category}", "everything under {category}"),
                of("products-per-category", MEDIUM,
                        "SELECT c.Name, COUNT(*) FROM SalesLT.Product p JOIN SalesLT.ProductCategory c"
                                + " ON p.ProductCategoryID = c.ProductCategoryID GROUP BY c.Name",
                        "How many products are in each category?", "Number of products per product category")
                        .people("how many items in each kind of product", "catalog breakdown by category", "category sizes"),
                of("average-price-per-category", MEDIUM,
                        "SELECT c.Name, AVG(p.ListPrice) FROM SalesLT.Product p JOIN SalesLT.ProductCategory c"
                                + " ON p.ProductCategoryID = c.ProductCategoryID GROUP BY c.Name",
                        "What is the average list price in each category?", "Average list price per product category")
                        .people("typical price by category", "mean price for each type of product", "what do things sell for on average per category"),
                of("customers-in-city", MEDIUM,
                        "SELECT COUNT(DISTINCT ca.CustomerID) FROM SalesLT.CustomerAddress ca JOIN SalesLT.Address a"
                                + " ON ca.AddressID = a.AddressID WHERE a.City = '{city}'",
                        "How many customers are located in {city}?", "Count the customers with an address in {city}")
                        .people("how many clients in {city}", "{city} customers, how many", "number of people we sell to in {city}"),
                of("orders-of-company", MEDIUM,
                        "SELECT COUNT(*) FROM SalesLT.SalesOrderHeader h JOIN SalesLT.Customer c"
                                + " ON h.CustomerID = c.CustomerID WHERE c.CompanyName = '{company}'",
                        "How many orders has {company} placed?", "Count the orders of the company {company}")
                        .people("how many times has {company} ordered", "{company} order count", "number of purchases from {company}"),
                of("lines-of-order", MEDIUM,
                        "SELECT p.Name, d.OrderQty FROM SalesLT.SalesOrderDetail d JOIN SalesLT.SalesOrderHeader h"
                                + " ON d.SalesOrderID = h.SalesOrderID JOIN SalesLT.Product p ON d.ProductID = p.ProductID"
                                + " WHERE h.SalesOrderNumber = '{order}'",
                        "Which products were ordered in order {order}?", "What items are on sales order {order}?")
                        .people("what was in order {order}", "items on {order}", "{order} contents"),
                of("customers-per-country", MEDIUM,
                        "SELECT a.CountryRegion, COUNT(DISTINCT ca.CustomerID) FROM SalesLT.CustomerAddress ca"
                                + " JOIN SalesLT.Address a ON ca.AddressID = a.AddressID GROUP BY a.CountryRegion",
                        "How many customers do we have in each country?", "Number of customers per country")
                        .people("customer count by country", "where are our customers, by country", "clients per country"),
                of("category-products-over-price", MEDIUM,
                        "SELECT COUNT(*) FROM SalesLT.Product p JOIN SalesLT.ProductCategory c"
                                + " ON p.ProductCategoryID = c.ProductCategoryID"
                                + " WHERE c.Name = '{category}' AND p.ListPrice > {price}",
                        "How many {category} cost more than {price} dollars?",
                        "Count the products in category {category} priced above {price}")
                        .people("{category} over {price} bucks, how many", "number of {category} pricier than {price}", "how many {category} above {price}"),
                of("color-products-in-category", MEDIUM,
                        "SELECT p.Name FROM SalesLT.Product p JOIN SalesLT.ProductCategory c"
                                + " ON p.ProductCategoryID = c.ProductCategoryID"
                                + " WHERE c.Name = '{category}' AND p.Color = '{color}'",
                        "List the {color} products in the {category} category",
                        "Which {category} come in {color}?")
                        .people("{color} {category}", "any {category} in {color}?", "show me {category} that are {color}"),
                of("products-of-model", MEDIUM,
                        "SELECT p.Name FROM SalesLT.Product p JOIN SalesLT.ProductModel m"
                                + " ON p.ProductModelID = m.ProductModelID WHERE m.Name = '{model}'",
                        "Which products belong to the {model} model?", "List the products of product model {model}")
                        .people("what's in the {model} line", "{model} products", "items based on the {model} model"),
                // complex
                of("revenue-per-category", COMPLEX,
                        "SELECT c.Name, SUM(d.LineTotal) AS Revenue FROM SalesLT.SalesOrderDetail d"
                                + " JOIN SalesLT.Product p ON d.ProductID = p.ProductID"
                                + " JOIN SalesLT.ProductCategory c ON p.ProductCategoryID = c.ProductCategoryID"
                                + " GROUP BY c.Name ORDER BY Revenue DESC, c.Name",
                        "What is the total revenue per product category, highest first?",
                        "Rank the product categories by sales revenue")
                        .people("which categories bring in the most money", "sales by category, biggest first", "category revenue ranking"),
                of("top-customers-by-value", COMPLEX,
                        "SELECT TOP {n} c.CompanyName, SUM(h.TotalDue) AS Total FROM SalesLT.SalesOrderHeader h"
                                + " JOIN SalesLT.Customer c ON h.CustomerID = c.CustomerID"
                                + " GROUP BY c.CustomerID, c.CompanyName ORDER BY Total DESC, c.CompanyName",
                        "Who are the top {n} customers by total order value?",
                        "Which {n} customers spent the most with us?")
                        .people("our {n} biggest customers by spend", "{n} best clients by money spent", "top {n} accounts by order value"),
                of("never-ordered-of-color", COMPLEX,
                        "SELECT p.Name FROM SalesLT.Product p WHERE p.Color = '{color}' AND NOT EXISTS"
                                + " (SELECT 1 FROM SalesLT.SalesOrderDetail d WHERE d.ProductID = p.ProductID)",
                        "Which {color} products have never been ordered?",
                        "List the {color} products that nobody has bought yet")
                        .people("{color} items nobody ever bought", "which {color} products never sold", "unsold {color} products"),
                of("revenue-per-country-in-year", COMPLEX,
                        "SELECT a.CountryRegion, SUM(h.TotalDue) FROM SalesLT.SalesOrderHeader h"
                                + " JOIN SalesLT.Address a ON h.ShipToAddressID = a.AddressID"
                                + " WHERE YEAR(h.OrderDate) = {year} GROUP BY a.CountryRegion",
                        "What was the revenue per shipping country in {year}?",
                        "Break down {year} order totals by the country they shipped to")
                        .people("{year} sales by destination country", "how much did we ship to each country in {year}", "country totals for {year}"),
                of("revenue-share-of-parent-category", COMPLEX,
                        "SELECT SUM(CASE WHEN pc.Name = '{parent}' THEN d.LineTotal ELSE 0 END) * 100.0 / SUM(d.LineTotal)"
                                + " FROM SalesLT.SalesOrderDetail d JOIN SalesLT.Product p ON d.ProductID = p.ProductID"
                                + " JOIN SalesLT.ProductCategory c ON p.ProductCategoryID = c.ProductCategoryID"
                                + " JOIN SalesLT.ProductCategory pc ON c.ParentProductCategoryID = pc.ProductCategoryID",
                        "What percentage of revenue comes from {parent}?",
                        "What share of our sales revenue is {parent}?")
                        .people("how much of our money comes from {parent}", "{parent} as a percent of sales", "what fraction of revenue is {parent}"),
                of("customers-above-average-order", COMPLEX,
                        "SELECT DISTINCT c.CompanyName FROM SalesLT.Customer c JOIN SalesLT.SalesOrderHeader h"
                                + " ON h.CustomerID = c.CustomerID"
                                + " WHERE h.TotalDue > (SELECT AVG(TotalDue) FROM SalesLT.SalesOrderHeader)",
                        "Which customers placed an order above the average order total?",
                        "List the companies with an order bigger than the average order")
                        .people("who ordered more than the typical order", "companies with above-average orders", "which clients had a bigger than average order"),
                of("best-sellers-in-category", COMPLEX,
                        "SELECT TOP {n} p.Name, SUM(d.OrderQty) AS Units FROM SalesLT.SalesOrderDetail d"
                                + " JOIN SalesLT.Product p ON d.ProductID = p.ProductID"
                                + " JOIN SalesLT.ProductCategory c ON p.ProductCategoryID = c.ProductCategoryID"
                                + " WHERE c.Name = '{category}' GROUP BY p.ProductID, p.Name ORDER BY Units DESC, p.Name",
                        "What are the {n} best-selling {category} by quantity?",
                        "Which {n} products in {category} sold the most units?")
                        .people("top {n} {category} by units sold", "{n} most popular {category}", "which {category} sell best, top {n}"),
                of("big-spenders-in-city", COMPLEX,
                        "SELECT c.CompanyName, SUM(h.TotalDue) AS Total FROM SalesLT.Customer c"
                                + " JOIN SalesLT.SalesOrderHeader h ON h.CustomerID = c.CustomerID"
                                + " WHERE c.CustomerID IN (SELECT ca.CustomerID FROM SalesLT.CustomerAddress ca"
                                + " JOIN SalesLT.Address a ON ca.AddressID = a.AddressID WHERE a.City = '{city}')"
                                + " GROUP BY c.CustomerID, c.CompanyName HAVING SUM(h.TotalDue) > {price}",
                        "Which customers in {city} have ordered more than {price} dollars in total?",
                        "List the companies located in {city} whose orders add up to over {price}")
                        .people("clients in {city} who spent over {price}", "{city} companies with more than {price} in orders", "who in {city} bought over {price} worth"),
                of("above-category-average", COMPLEX,
                        "SELECT p.Name, p.ListPrice FROM SalesLT.Product p JOIN SalesLT.ProductCategory c"
                                + " ON p.ProductCategoryID = c.ProductCategoryID WHERE c.Name = '{category}'"
                                + " AND p.ListPrice > (SELECT AVG(q.ListPrice) FROM SalesLT.Product q"
                                + " WHERE q.ProductCategoryID = p.ProductCategoryID)",
                        "Which {category} are priced above the average for their category?",
                        "List the {category} products that cost more than that category's average")
                        .people("{category} that cost more than usual for their category", "pricier than average {category}", "above-average priced {category}"));
    }
}
