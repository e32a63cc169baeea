/**
 * Conversations: follow-up questions ("and in 2007?", "only the red ones") read in full against the
 * previous turn, offline for the common patterns and through the LLM otherwise. Turns are kept per
 * conversation, scope and database, expire after a TTL and are bounded in number, so one
 * conversation never sees another's context.
 */
@io.askdb.api.Internal
package io.askdb.conversation;
