/**
 * The caches behind tier 1 and the levels below it: answers keyed by the normalized question, the
 * database and the caller's scope. Only successful answers are stored; every level has a TTL and
 * a size bound.
 */
package io.askdb.cache;
