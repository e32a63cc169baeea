package io.askdb.bench.llmstub;

import java.time.Duration;

/**
 * One chat completion the stub served.
 *
 * @param recognized whether a question of the stream was found in the prompt (then the answer was its gold SQL)
 * @param latency the model's time for this call, waited for real or only accounted
 */
public record StubCall(String model, long promptTokens, long completionTokens, Duration latency, boolean recognized) {}
