package io.askdb.bench.llmstub;

import java.time.Duration;

/**
 * One chat completion the stub served.
 *
 * @param completionTokens the completion tokens OpenAI would report: the answer's and the reasoning tokens
 * @param reasoningTokens the part of the completion tokens a reasoning model spent reasoning
 * @param recognized whether a question of the stream was found in the prompt
 * @param wrong whether the stub answered it with a mistake rather than the gold SQL
 * @param latency the model's time for this call, waited for real or only accounted
 */
public record StubCall(String model, long promptTokens, long completionTokens, long reasoningTokens, Duration latency,
        boolean recognized, boolean wrong) {}
