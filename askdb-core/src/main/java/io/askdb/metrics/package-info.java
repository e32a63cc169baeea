/**
 * askdb's Micrometer meters, all named {@code askdb.*} ({@code askdb_*} in Prometheus): requests
 * and latency per tier, what each tier did, LLM calls, tokens and cost per model, errors per code,
 * and the caches' counters. Recording never throws and never slows an answer by more than a few
 * counter increments.
 */
package io.askdb.metrics;
