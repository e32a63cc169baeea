/**
 * What every module's tests share and no askdb type is needed for: {@link io.askdb.testing.OpenAiStubServer}
 * (the one local server speaking OpenAI's, Azure's and Ollama's chat format), {@link io.askdb.testing.TcpProxy},
 * and the lookups of the real services and the reference data ({@link io.askdb.testing.ExternalServices},
 * {@link io.askdb.testing.SharedData}). Depends on the JDK, Jackson and (to skip tests) JUnit only.
 */
package io.askdb.testing;
