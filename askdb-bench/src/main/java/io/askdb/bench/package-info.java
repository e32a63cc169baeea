/**
 * askdb's measurements and tools: {@code askdb-bench.jar} runs the workload replay ({@code replay}),
 * the HTTP load generator ({@code load}), the confidence-fitting tools ({@code tune}, {@code fit}) and
 * the offline probe ({@code probe}); {@code benchmarks.jar} runs the JMH benchmarks of
 * {@code io.askdb.bench.jmh}. Nothing here is on the default test path.
 */
package io.askdb.bench;
