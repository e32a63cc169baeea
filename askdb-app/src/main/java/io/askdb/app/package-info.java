/**
 * {@code askdb.jar}: the entry point {@link io.askdb.app.Main} and what sits on top of the core
 * library — the command line ({@code cli}), the HTTP server and web page ({@code server}).
 * {@link io.askdb.app.EmbeddedSample} gives core askdb-sample's SalesLT as the default database.
 */
package io.askdb.app;
