/**
 * The replay's peer: LangChain4j's {@code SqlDatabaseContentRetriever}, used as its documentation
 * shows it, behind {@link java.util.function.Function} so that a class loader holding only
 * LangChain4j 1.13 can serve it to the replay, which runs on askdb's LangChain4j 1.11.
 */
package io.askdb.bench.peer;
