package io.askdb.conversation;

/**
 * One answered turn of a conversation.
 *
 * @param asked the question as the user typed it
 * @param resolved the question read in full (the same as {@code asked} for a question on its own)
 * @param sql the SQL that answered it
 */
public record Turn(String asked, String resolved, String sql) {}
