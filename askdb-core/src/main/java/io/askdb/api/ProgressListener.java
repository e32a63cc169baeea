package io.askdb.api;

/** Receives each step of a request as it happens (streaming clients, logs). Must not throw. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = message -> {};

    void step(String message);
}
