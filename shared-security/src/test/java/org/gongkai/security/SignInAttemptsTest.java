package org.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SignInAttemptsTest {

    private final AtomicLong now = new AtomicLong();
    private final SignInAttempts attempts = new SignInAttempts(3, 4, Duration.ofMinutes(5), now::get);

    @Test
    void blocksAUserNameAfterTooManyFailuresFromAnyAddress() {
        attempts.failed("clerk", "10.0.0.1");
        attempts.failed("clerk", "10.0.0.2");
        assertThat(attempts.blocked("clerk", "10.0.0.9")).isFalse();

        attempts.failed("clerk", "10.0.0.3");

        assertThat(attempts.blocked("clerk", "10.0.0.9")).isTrue();
        assertThat(attempts.blocked("someone-else", "10.0.0.9")).isFalse();
    }

    @Test
    void blocksAnAddressThatTriesManyUserNames() {
        attempts.failed("a", "10.0.0.1");
        attempts.failed("b", "10.0.0.1");
        attempts.failed("c", "10.0.0.1");
        assertThat(attempts.blocked("d", "10.0.0.1")).isFalse();
        attempts.failed("e", "10.0.0.1");

        assertThat(attempts.blocked("d", "10.0.0.1")).isTrue();
        assertThat(attempts.blocked("d", "10.0.0.2")).isFalse();
    }

    @Test
    void letsAttemptsAgainOnceTheWindowHasMovedOn() {
        for (int i = 0; i < 3; i++) {
            attempts.failed("clerk", "10.0.0.1");
        }
        now.addAndGet(Duration.ofMinutes(5).plusSeconds(1).toNanos());

        assertThat(attempts.blocked("clerk", "10.0.0.1")).isFalse();
    }
}
