/**
 * askdb's public face: {@link io.askdb.AskDb} (build once, ask often) with the request and
 * response types of {@code io.askdb.api} and the configuration of {@code io.askdb.config}.
 * Everything else is implementation, marked {@code @Internal} (docs/architecture.md draws the layers). With no database URL configured, askdb answers on the embedded
 * database that an {@link io.askdb.EmbeddedDatabase} fills: the builder's, else one registered with
 * {@link java.util.ServiceLoader} (askdb.jar registers askdb-sample's SalesLT); with neither,
 * building fails with a message saying so, never an empty database. Core itself never loads the sample.
 */
package io.askdb;
