package org.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.gongkai.events.user.UserRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;

class RequestRateTest {

    private final AtomicLong now = new AtomicLong();
    private final RequestRate rate = new RequestRate(2, 3, now::get);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void answers429WithRetryAfterOnceTheBurstIsSpent() throws Exception {
        signIn("kupu-clerk");
        for (int i = 0; i < 3; i++) {
            assertThat(answer().getStatus()).isEqualTo(200);
        }

        MockHttpServletResponse refused = answer();

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentAsString()).contains("\"rule\":\"TooManyRequests\"");
    }

    @Test
    void refillsAtTheConfiguredRate() throws Exception {
        signIn("kupu-clerk");
        for (int i = 0; i < 3; i++) {
            answer();
        }
        now.addAndGet(500_000_000L); // half a second: one request at 2/s

        assertThat(answer().getStatus()).isEqualTo(200);
        assertThat(answer().getStatus()).isEqualTo(429);
    }

    @Test
    void countsEachUserApart() throws Exception {
        signIn("kupu-clerk");
        for (int i = 0; i < 4; i++) {
            answer();
        }
        signIn("kupu-chief");

        assertThat(answer().getStatus()).isEqualTo(200);
    }

    @Test
    void letsEverythingPassWhenTurnedOff() throws Exception {
        RequestRate off = new RequestRate(0, 3, now::get);
        signIn("kupu-clerk");
        for (int i = 0; i < 10; i++) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            off.doFilter(new MockHttpServletRequest("GET", "/api/me"), response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }

    private MockHttpServletResponse answer() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        rate.doFilter(new MockHttpServletRequest("GET", "/api/me"), response, new MockFilterChain());
        return response;
    }

    private static void signIn(String username) {
        SecurityContextHolder.getContext()
                .setAuthentication(new SignedInUser(username, UserRole.CLERK, "kupu").authentication());
    }
}
