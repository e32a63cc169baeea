/**
 * The SalesLT sample: Microsoft's AdventureWorksLT schema, rebuilt for H2 (SQL Server mode), PostgreSQL
 * and MariaDB/MySQL, and filled either with deterministic generated rows (same row counts as the real
 * sample, no copied data) or with Microsoft's own published data files (read with Commons CSV).
 * {@link io.askdb.sample.SampleDatabase} is the whole public API; the schema model, generators and
 * loaders stay package-private. Uses JDBC only, never askdb-core, so core's tests can load it.
 */
package io.askdb.sample;
