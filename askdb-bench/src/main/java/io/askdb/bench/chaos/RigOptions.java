package io.askdb.bench.chaos;

import picocli.CommandLine.Option;

/** Where the reliability runs find PostgreSQL and Redis, and the heap of each {@code serve} they start. */
final class RigOptions {

    @Option(names = "--postgres", defaultValue = "127.0.0.1:5432", description = "(${DEFAULT-VALUE})")
    String postgres;

    @Option(names = "--postgres-user", defaultValue = "postgres", description = "(${DEFAULT-VALUE}; trust auth)")
    String postgresUser;

    @Option(names = "--redis", defaultValue = "127.0.0.1:6379", description = "(${DEFAULT-VALUE})")
    String redis;

    @Option(names = "--heap", defaultValue = "512m", description = "-Xmx of each server (${DEFAULT-VALUE})")
    String heap;

    ChaosRig.Services services() {
        String[] pg = postgres.split(":");
        String[] r = redis.split(":");
        return new ChaosRig.Services(pg[0], Integer.parseInt(pg[1]), postgresUser, r[0], Integer.parseInt(r[1]));
    }
}
