package io.askdb.llm;

/**
 * A model's answer.
 *
 * @param text the answer's text, never blank
 * @param model the model that answered; the fast model when the route's model failed or was busy
 * @param fellBack the route's complex model did not answer and the fast model did
 * @param note why it fell back ("o4-mini answered HTTP 500 after 3 attempts"), empty otherwise
 * @param call the accounting of the call that answered (also recorded in the request's usage)
 */
public record LlmReply(String text, String model, boolean fellBack, String note, CallRecord call) {}
