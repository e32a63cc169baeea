package io.askdb.text;

import java.time.Duration;

/**
 * Counts the threads inside a native library and, once shut, lets no new one in: the process can
 * then wait for those in flight before its exit hooks free what they use.
 */
final class NativeCallGate {

    private int inFlight;
    private boolean shut;

    /**
     * Lets the caller in; pair with {@link #leave()} in a {@code finally}.
     *
     * @return false when the gate is shut (the caller must not call the library)
     */
    synchronized boolean enter() {
        if (shut) {
            return false;
        }
        inFlight++;
        return true;
    }

    synchronized void leave() {
        inFlight--;
        notifyAll();
    }

    /**
     * Shuts the gate and waits up to {@code max} for the calls in flight.
     *
     * @return whether none is left
     */
    synchronized boolean shutAndAwait(Duration max) throws InterruptedException {
        shut = true;
        long deadline = System.nanoTime() + max.toNanos();
        while (inFlight > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
