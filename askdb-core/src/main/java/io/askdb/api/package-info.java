/**
 * What callers of askdb see: the request and the response, the tier and strategy names, the error
 * codes and askdb's one unchecked exception root ({@link io.askdb.api.AskDbException}, split by
 * whether a retry may help). Plain immutable values; this package depends on no other askdb package.
 */
package io.askdb.api;
