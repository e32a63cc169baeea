/**
 * askdb's public face: {@link io.askdb.AskDb} (build once, ask often) with the request and
 * response types of {@code io.askdb.pipeline} and the configuration of {@code io.askdb.config}.
 * Everything else is implementation.
 */
package io.askdb;
