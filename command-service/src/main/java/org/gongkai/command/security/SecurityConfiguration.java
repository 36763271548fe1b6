package org.gongkai.command.security;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * The command side signs in API clients with HTTP Basic and the front door's forwarded users with its signed
 * assertion; it keeps no sessions, so it needs no CSRF token. Every write needs a signed-in user; what that user
 * may write is decided per command ({@link CommandScope}). Health is open, the other actuator endpoints are for
 * administrators.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** A path the firewall refuses (an encoded ';', '%', '\\', …) is a problem answer like any other refusal. */
    @Bean
    RequestRejectedHandler rejectedPaths() {
        return (request, response, rejected) -> SecurityProblems.write(
                response, 400, "MalformedPath", "路径格式错误：the request path contains characters that are not allowed");
    }

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            PasswordSignIn passwords,
            @Value("${gongkai.security.internal-secret:}") String internalSecret)
            throws Exception {
        FrontDoorAssertion assertions = internalSecret.isBlank() ? null : new FrontDoorAssertion(internalSecret);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authenticationManager(new ProviderManager(passwords))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, failure) ->
                        SecurityProblems.unauthenticated(response, "请登录：sign in with HTTP Basic")))
                .addFilterBefore(
                        new FrontDoorAssertionFilter(assertions, Clock.systemUTC()), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, failure) ->
                                SecurityProblems.unauthenticated(response, "请登录：sign in with HTTP Basic"))
                        .accessDeniedHandler((request, response, denied) -> SecurityProblems.write(
                                response, 403, "AdministratorsOnly", "无权操作：only an administrator may do this")))
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/error")
                                .permitAll()
                                .requestMatchers("/actuator/**", "/api/users/**")
                                .hasRole("ADMIN")
                                .anyRequest()
                                .authenticated());
        return http.build();
    }
}
