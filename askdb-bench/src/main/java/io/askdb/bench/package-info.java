/**
 * askdb's measurements: {@code askdb-bench.jar} runs the workload replay ({@code replay}) and the
 * HTTP load generator ({@code load}); {@code benchmarks.jar} runs the JMH benchmarks of
 * {@code io.askdb.bench.jmh}. Nothing here is on the default test path.
 */
package io.askdb.bench;
