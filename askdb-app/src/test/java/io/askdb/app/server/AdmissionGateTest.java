package io.askdb.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.askdb.api.Deadline;
import io.askdb.config.ServerSettings.Admission;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AdmissionGateTest {

    /** Occupies the gate's only turn until {@code release} counts down; returns once the turn is taken. */
    private static CompletableFuture<Void> holdTurn(AdmissionGate gate, CountDownLatch release) throws Exception {
        CountDownLatch taken = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> {
            try {
                gate.run("holder", () -> {
                    taken.countDown();
                    release.await(10, TimeUnit.SECONDS);
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();
        return holder;
    }

    @Test
    void should_refuse_at_once_with_overloaded_and_retry_after_when_the_queue_is_full() throws Exception {
        AdmissionGate gate = new AdmissionGate(new Admission(1, 0, Duration.ofSeconds(5)));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = holdTurn(gate, release);

        assertThatThrownBy(() -> gate.run("second", () -> {}))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("OVERLOADED");
                    assertThat(e.getMessage()).contains("queue full").contains("retry in 1 s");
                    assertThat(e.headers()).containsEntry("Retry-After", "1");
                });
        assertThat(ErrorTable.status("OVERLOADED")).isEqualTo(503);

        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        boolean[] ran = {false};
        gate.run("third", () -> ran[0] = true);
        assertThat(ran[0]).as("a turn is free again once the holder is done").isTrue();
    }

    @Test
    void should_refuse_a_waiting_question_when_its_turn_does_not_come_within_the_queue_wait() throws Exception {
        AdmissionGate gate = new AdmissionGate(new Admission(1, 4, Duration.ZERO));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = holdTurn(gate, release);

        assertThatThrownBy(() -> gate.run("waiter", () -> {}))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("OVERLOADED");
                    assertThat(e.getMessage()).contains("no turn came within 0 ms");
                });
        assertThat(gate.waiting()).isZero();

        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
    }

    @Test
    void should_let_a_waiting_question_run_when_a_turn_frees_up_in_time() throws Exception {
        AdmissionGate gate = new AdmissionGate(new Admission(1, 4, Duration.ofSeconds(10)));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = holdTurn(gate, release);
        CountDownLatch ran = new CountDownLatch(1);
        CompletableFuture<Void> waiter = CompletableFuture.runAsync(() -> {
            try {
                gate.run("waiter", ran::countDown);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        while (gate.waiting() == 0 && !waiter.isDone()) {
            Thread.onSpinWait();
        }
        assertThat(ran.getCount()).as("still waiting for the turn").isEqualTo(1);

        release.countDown();
        waiter.get(10, TimeUnit.SECONDS);
        holder.get(10, TimeUnit.SECONDS);
        assertThat(ran.getCount()).isZero();
    }

    @Test
    void should_cut_the_wait_for_a_turn_to_the_request_time_limit_and_give_the_turn_its_deadline() throws Exception {
        // The queue would let it wait 60 s; its own time limit is 200 ms.
        AdmissionGate gate = new AdmissionGate(new Admission(1, 4, Duration.ofSeconds(60)), Duration.ofMillis(200));
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = holdTurn(gate, release);

        long start = System.nanoTime();
        assertThatThrownBy(() -> gate.run("waiter", () -> {}))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("OVERLOADED");
                    assertThat(e.getMessage()).contains("no turn came within");
                });
        // Far under the queue's 60 s; the margin is for a loaded machine.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));

        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        Deadline[] seen = {Deadline.NONE};
        gate.run("third", () -> seen[0] = Deadline.current());
        assertThat(seen[0]).isNotSameAs(Deadline.NONE);
        assertThat(seen[0].limit()).isEqualTo(Duration.ofMillis(200));
        assertThat(Deadline.current()).as("the deadline ends with the turn").isSameAs(Deadline.NONE);
    }
}
