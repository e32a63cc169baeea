/**
 * The reliability and security suite: faults injected into the LLM and the database through the
 * whole pipeline (Redis faults are tested in askdb-redis), hostile questions with a malicious model,
 * many threads on one AskDb, and cache safety across scopes. Each test says what it broke and what must still hold.
 */
package io.askdb.reliability;
