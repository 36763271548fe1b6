package org.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class BasicSignInTest {

    @Test
    void requiresCsrfOnAnUnsafeRequestUnlessItCarriesBasicCredentials() {
        assertThat(BasicSignIn.csrfRequired().matches(post(null))).isTrue();
        assertThat(BasicSignIn.csrfRequired().matches(post("Bearer anything"))).isTrue();
        assertThat(BasicSignIn.csrfRequired().matches(post("Basic !!!not-base64")))
                .isTrue();
        assertThat(BasicSignIn.csrfRequired().matches(post("Basic " + base64("no-colon"))))
                .isTrue();
        assertThat(BasicSignIn.csrfRequired().matches(post("Basic " + base64("kupu:secret"))))
                .isFalse();
        assertThat(BasicSignIn.csrfRequired().matches(new MockHttpServletRequest("GET", "/api/me")))
                .isFalse();
    }

    private static MockHttpServletRequest post(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/applications");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
