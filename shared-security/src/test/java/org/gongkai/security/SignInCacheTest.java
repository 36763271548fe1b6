package org.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.gongkai.events.user.UserRole;
import org.junit.jupiter.api.Test;

class SignInCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final SignInCache cache = new SignInCache(Duration.ofSeconds(60), now::get);
    private final SignedInUser clerk = new SignedInUser("clerk", UserRole.CLERK, "kupu");

    @Test
    void remembersASuccessfulSignInForItsPasswordOnly() {
        cache.remember("clerk", "right-password", clerk);

        assertThat(cache.find("clerk", "right-password")).contains(clerk);
        assertThat(cache.find("clerk", "wrong-password")).isEmpty();
    }

    @Test
    void forgetsASignInWhenItExpiresOrTheUserChanges() {
        cache.remember("clerk", "right-password", clerk);
        now.addAndGet(Duration.ofSeconds(61).toNanos());
        assertThat(cache.find("clerk", "right-password")).isEmpty();

        cache.remember("clerk", "right-password", clerk);
        cache.forget("clerk");
        assertThat(cache.find("clerk", "right-password")).isEmpty();
    }
}
