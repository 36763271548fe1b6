package org.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class ProblemsTest {

    @Test
    void writesOneTypeSchemeWithTheRuleAndTheField() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        Problems.write(response, 400, "MalformedPath", "path", "路径 \"x\"\n");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .isEqualTo("{\"type\":\"urn:gongkai:problem:MalformedPath\",\"title\":\"MalformedPath\","
                        + "\"status\":400,\"detail\":\"路径 \\\"x\\\"\\u000a\",\"rule\":\"MalformedPath\","
                        + "\"field\":\"path\"}");
        assertThat(Problems.type("UnknownId")).hasToString("urn:gongkai:problem:UnknownId");
    }
}
