package io.askdb.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class NativeCallGateTest {

    @Test
    void should_wait_for_the_call_in_flight_before_reporting_the_gate_empty() throws Exception {
        NativeCallGate gate = new NativeCallGate();
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean left = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            assertThat(gate.enter()).isTrue();
            try {
                inside.countDown();
                release.await();
                left.set(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                gate.leave();
            }
        });
        caller.start();
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(gate.shutAndAwait(Duration.ofMillis(50))).as("a call is still inside").isFalse();
        assertThat(gate.enter()).as("shut: no new call").isFalse();
        release.countDown();
        assertThat(gate.shutAndAwait(Duration.ofSeconds(10))).isTrue();
        assertThat(left).isTrue();
        caller.join();
    }

    @Test
    void should_report_an_idle_gate_empty_at_once_and_keep_it_shut() throws Exception {
        NativeCallGate gate = new NativeCallGate();
        assertThat(gate.enter()).isTrue();
        gate.leave();

        assertThat(gate.shutAndAwait(Duration.ZERO)).isTrue();
        assertThat(gate.enter()).isFalse();
    }
}
