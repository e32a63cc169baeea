/**
 * askdb's one unchecked exception root, {@link io.askdb.error.AskDbException}, split by what the
 * caller can do about a failure: retry it later, or not. The response's {@code error.code} comes
 * from the exception's {@link io.askdb.error.ErrorCode}, never from parsing a message.
 */
package io.askdb.error;
