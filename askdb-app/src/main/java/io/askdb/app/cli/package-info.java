/**
 * The picocli commands of {@code askdb.jar}: {@code ask}, {@code schema}, {@code sample-db},
 * {@code eval} and {@code serve}. Commands parse options, call the core library and print; they
 * hold no logic of their own.
 */
package io.askdb.app.cli;
