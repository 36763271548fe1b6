package org.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CanonicalPathTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/api/agencies/kupu/reports/2024/publication",
                "/api/agencies/kupu/reports/2024/publication/",
                "/api/agencies/%E5%BA%93%E6%99%AE/reports",
                "/api/documents/a%20b",
                "/js/i18n.js",
                "/api/agencies/a-b_c.d~e/statistics/2024/1/submission"
            })
    void letsAPlainlyWrittenPathPass(String path) throws Exception {
        assertThat(answer(path).getStatus()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/agencies/kupu/reports/2024/%70ublication",
                "/api/agencies/kupu/reports/2024/publication%2F",
                "/api/agencies/kupu%2Freports/2024/publication",
                "/api/agencies/kupu/reports/2024/publication;jsessionid=1",
                "/api/agencies/kupu/reports/2024/x/../publication",
                "/api/agencies/kupu/./reports",
                "/api/agencies/kupu/%2e%2e/x",
                "/api//agencies",
                "/api/agencies/%00",
                "/api/agencies/%ZZ",
                "/api/agencies/%E5%BA",
                "/api/agencies/%25",
                "/api/agencies/a\\b"
            })
    void refusesAnyOtherSpellingWith400(String path) throws Exception {
        MockHttpServletResponse response = answer(path);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("\"rule\":\"MalformedPath\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kupu", "库普乡", "a b", "x/y", "50%", "a;b", "..", "~me@x:1"})
    void encodesAnIdIntoTheSegmentItAcceptsUnlessItCannotBeOneSegment(String id) throws Exception {
        String path = "/api/agencies/" + CanonicalPath.encodeSegment(id) + "/reports";

        boolean notOneSegment = java.util.Set.of("x/y", "50%", "a;b", "..").contains(id);

        assertThat(CanonicalPath.isCanonical(path)).isEqualTo(!notOneSegment);
    }

    private static MockHttpServletResponse answer(String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new CanonicalPath().doFilter(request, response, new MockFilterChain());
        return response;
    }
}
