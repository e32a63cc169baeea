/**
 * The offline confidence model's fitting tools: {@code tune} scores the answerer on Spider train and
 * writes each outcome with its signals, {@code fit} refits the gradient-boosted trees on them. They
 * reach the offline reader only through core's internal {@code io.askdb.offline.OfflineWorkbench}.
 */
package io.askdb.bench.fit;
