/**
 * Reliability under load: the chaos benchmark ({@code chaos}: concurrent clients against two
 * {@code askdb serve} processes on PostgreSQL, sharing Redis, with an LLM stub, while a schedule
 * cuts and restores each dependency through TCP proxies) and the soak ({@code soak}: steady load
 * with the caches turning over, sampling the servers' memory, threads and connections). Nothing on
 * the machine is stopped: every fault is a proxy this process owns.
 */
package io.askdb.bench.chaos;
