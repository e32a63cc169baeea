/**
 * JMH benchmarks of each tier's own work and of the whole pipeline. Each class says what it
 * measures and how to run it; all run from {@code java -jar askdb-bench/target/benchmarks.jar}.
 */
package io.askdb.bench.jmh;
