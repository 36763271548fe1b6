package org.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class BoundedBodyTest {

    private final BoundedBody filter = new BoundedBody(1024);

    @Test
    void refusesAChunkedBodyThatGrowsPastTheLimitThoughItDeclaresNoLength() throws Exception {
        MockHttpServletRequest request = chunked(new byte[1025]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"rule\":\"BodyTooLarge\"");
        assertThat(chain.getRequest()).as("nothing behind the filter ran").isNull();
    }

    @Test
    void refusesADeclaredLengthAboveTheLimitWithoutReadingIt() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/applications") {
            @Override
            public long getContentLengthLong() {
                return 10_485_760;
            }
        };
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(413);
    }

    @Test
    void passesABodyWithinTheLimitOnAndKeepsItForHashing() throws Exception {
        byte[] body = "{\"agencyId\":\"kupu\"}".getBytes(StandardCharsets.UTF_8);
        MockHttpServletRequest request = chunked(body);
        AtomicReference<byte[]> read = new AtomicReference<>();

        filter.doFilter(
                request,
                new MockHttpServletResponse(),
                (req, res) -> read.set(req.getInputStream().readAllBytes()));

        assertThat(read.get()).isEqualTo(body);
        assertThat(BoundedBody.bodyOf(request)).isEqualTo(body);
    }

    @Test
    void givesAFormPostItsParametersFromTheBufferedBody() throws Exception {
        MockHttpServletRequest request = chunked("username=kupu&password=a%26b".getBytes(StandardCharsets.UTF_8));
        request.setContentType("application/x-www-form-urlencoded");
        request.setQueryString("x=1");
        request.addParameter("x", "1");
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));

        assertThat(seen.get().getParameter("username")).isEqualTo("kupu");
        assertThat(seen.get().getParameter("password")).isEqualTo("a&b");
        assertThat(seen.get().getParameter("x")).isEqualTo("1");
    }

    private static MockHttpServletRequest chunked(byte[] body) {
        // MockHttpServletRequest derives a length from the content; a chunked request has none
        return new MockHttpServletRequest("POST", "/api/applications") {
            {
                setContent(body);
                addHeader("Transfer-Encoding", "chunked");
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
    }
}
