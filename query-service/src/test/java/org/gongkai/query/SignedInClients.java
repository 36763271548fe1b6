package org.gongkai.query;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.boot.web.client.RestTemplateCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.support.BasicAuthenticationInterceptor;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The integration tests' HTTP clients sign in as the administrator (security stays on: the real filter chain
 * checks the credentials). A request that sets its own {@code Authorization} keeps it.
 */
@Configuration
public class SignedInClients {

    public static final String ADMIN_PASSWORD = "test-admin-password";

    public static String basicAdmin() {
        return basic("admin", ADMIN_PASSWORD);
    }

    public static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Bean
    RestTemplateCustomizer signedInRestTemplates() {
        return template -> template.getInterceptors().add(new BasicAuthenticationInterceptor("admin", ADMIN_PASSWORD));
    }

    @Bean
    MockMvcBuilderCustomizer signedInMockMvc() {
        return builder -> builder.defaultRequest(MockMvcRequestBuilders.get("/").header("Authorization", basicAdmin()));
    }
}
