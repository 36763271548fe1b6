package org.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A 401 to a page's script carries no Basic challenge (the browser would put its own password dialog over the page
 * instead of letting the UI show its login page); every other client keeps the challenge.
 */
class SignInRefusalTest {

    @Test
    void challengesAClientThatIsNotAPageScript() throws Exception {
        MockHttpServletRequest curl = new MockHttpServletRequest("GET", "/api/me");
        MockHttpServletRequest addressBar = new MockHttpServletRequest("GET", "/api/me");
        addressBar.addHeader("Sec-Fetch-Dest", "document");

        for (MockHttpServletRequest request : new MockHttpServletRequest[] {curl, addressBar}) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            SignInRefusal.write(request, response, null, "请登录：sign in");
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getHeader("WWW-Authenticate")).startsWith("Basic realm=");
        }
    }

    @Test
    void answersAPageScriptWithoutAChallenge() throws Exception {
        MockHttpServletRequest fetch = new MockHttpServletRequest("GET", "/api/me");
        fetch.addHeader("Sec-Fetch-Dest", "empty");
        MockHttpServletRequest olderBrowser = new MockHttpServletRequest("GET", "/api/me");
        olderBrowser.addHeader("X-Requested-With", "XMLHttpRequest");

        for (MockHttpServletRequest request : new MockHttpServletRequest[] {fetch, olderBrowser}) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            SignInRefusal.write(request, response, null, "请登录：sign in");
            assertThat(response.getStatus()).isEqualTo(401);
            assertThat(response.getHeader("WWW-Authenticate")).isNull();
            assertThat(response.getContentAsString()).contains("\"rule\":\"SignInRequired\"");

            MockHttpServletResponse disabled = new MockHttpServletResponse();
            SignInRefusal.challenge(request, disabled);
            assertThat(disabled.getHeader("WWW-Authenticate")).isNull();
        }
        MockHttpServletResponse plain = new MockHttpServletResponse();
        SignInRefusal.challenge(new MockHttpServletRequest("GET", "/api/me"), plain);
        assertThat(plain.getHeader("WWW-Authenticate")).startsWith("Basic realm=");
    }
}
