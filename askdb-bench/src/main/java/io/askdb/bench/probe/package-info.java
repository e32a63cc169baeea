/**
 * {@code probe}: the offline reader's answer to single questions on any database, with its reading
 * and rows on request. Reaches the reader only through core's internal {@code OfflineWorkbench}.
 */
package io.askdb.bench.probe;
