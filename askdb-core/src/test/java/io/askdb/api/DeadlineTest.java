package io.askdb.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    @Test
    void should_cut_a_longer_wait_to_the_time_left_and_leave_a_shorter_one() {
        Deadline deadline = Deadline.in(Duration.ofSeconds(10));

        assertThat(deadline.cap(Duration.ofMinutes(5))).isLessThanOrEqualTo(Duration.ofSeconds(10));
        assertThat(deadline.cap(Duration.ofMillis(5))).isEqualTo(Duration.ofMillis(5));
        assertThat(deadline.passed()).isFalse();
        assertThat(Deadline.NONE.cap(Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(5));
        assertThat(Deadline.NONE.passed()).isFalse();
    }

    @Test
    void should_leave_no_time_once_passed() {
        Deadline deadline = Deadline.in(Duration.ofNanos(1));
        while (!deadline.passed()) {
            Thread.onSpinWait();
        }

        assertThat(deadline.remaining()).isZero();
        assertThat(deadline.cap(Duration.ofSeconds(30))).isZero();
    }

    @Test
    void should_keep_the_earlier_of_two_deadlines() {
        Deadline soon = Deadline.in(Duration.ofSeconds(1));
        Deadline late = Deadline.in(Duration.ofHours(1));

        assertThat(soon.min(late)).isSameAs(soon);
        assertThat(late.min(soon)).isSameAs(soon);
        assertThat(Deadline.NONE.min(soon)).isSameAs(soon);
    }

    @Test
    void should_be_the_thread_current_deadline_only_inside_its_scope_and_restore_the_previous_one() {
        Deadline outer = Deadline.in(Duration.ofMinutes(1));
        Deadline inner = Deadline.in(Duration.ofSeconds(1));
        assertThat(Deadline.current()).isSameAs(Deadline.NONE);

        try (Deadline.Scope a = Deadline.enter(outer)) {
            try (Deadline.Scope b = Deadline.enter(inner)) {
                assertThat(Deadline.current()).isSameAs(inner);
            }
            assertThat(Deadline.current()).isSameAs(outer);
        }
        assertThat(Deadline.current()).isSameAs(Deadline.NONE);
    }

    @Test
    void should_refuse_a_time_limit_that_is_not_positive() {
        assertThatThrownBy(() -> Deadline.in(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
