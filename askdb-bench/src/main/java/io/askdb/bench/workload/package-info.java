/**
 * A realistic, reproducible question stream over the SalesLT sample: templates with gold SQL,
 * literal values read from the sample, and a Zipf-distributed mix of repeated, rephrased and new
 * questions in the design's proportions of simple, medium and complex. Same seed, same stream.
 */
package io.askdb.bench.workload;
