package org.gongkai.command.security;

import java.time.Clock;
import org.gongkai.command.user.UserAccounts;
import org.gongkai.command.user.UserChanged;
import org.gongkai.security.PasswordSignIn;
import org.gongkai.security.PrincipalAssertion;
import org.gongkai.security.Problems;
import org.gongkai.security.RequestRate;
import org.gongkai.security.SignInRefusal;
import org.gongkai.security.SignedInUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The command side signs in API clients with HTTP Basic and the front door's forwarded users with its signed,
 * request-bound assertion (ADR 0010, 0019); it keeps no sessions, so it needs no CSRF token. Before any of that,
 * a path not written canonically is a 400 and a body over {@code gongkai.http.max-body-bytes} a 413, whatever its
 * framing; after sign-in each user has a request-rate limit. Every write needs a signed-in user; what that user
 * may write is decided per command ({@link CommandScope}); a report snapshot only the front door may write
 * ({@link SnapshotAuthorship}). Health is open, the other actuator endpoints are for administrators.
 */
@Configuration
class SecurityConfiguration {

    private PasswordSignIn signIn;

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The shared password check over the command side's own accounts, never behind the event store. */
    @Bean
    PasswordSignIn passwordSignIn(
            UserAccounts accounts,
            PasswordEncoder passwords,
            @Value("${gongkai.security.admin-password:}") String adminPassword,
            @Value("${gongkai.security.max-failed-sign-ins:10}") int maxFailures) {
        signIn = new PasswordSignIn(
                // a disabled account signs nobody in: it answers as an unknown name would (same hash cost)
                username -> accounts.find(username)
                        .filter(account -> !account.disabled())
                        .map(account -> new PasswordSignIn.Account(
                                new SignedInUser(account.username(), account.role(), account.agencyId()),
                                account.passwordHash())),
                passwords,
                adminPassword,
                maxFailures);
        return signIn;
    }

    @EventListener
    void accountChanged(UserChanged change) {
        if (signIn != null) {
            signIn.forget(change.username());
        }
    }

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            PasswordSignIn passwords,
            UserAccounts accounts,
            @Value("${gongkai.security.internal-secret:}") String internalSecret,
            @Value("${gongkai.security.requests-per-second:50}") double requestsPerSecond,
            @Value("${gongkai.security.request-burst:200}") int requestBurst)
            throws Exception {
        PrincipalAssertion assertions =
                internalSecret.isBlank() ? null : new PrincipalAssertion(internalSecret, Clock.systemUTC());
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authenticationManager(new ProviderManager(passwords))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, failure) ->
                        SignInRefusal.write(response, failure, "请登录：sign in with HTTP Basic")))
                .addFilterBefore(new FrontDoorAssertionFilter(assertions), BasicAuthenticationFilter.class)
                .addFilterAfter(new AccountStanding(accounts), BasicAuthenticationFilter.class)
                .addFilterAfter(new SnapshotAuthorship(), AuthorizationFilter.class)
                .addFilterAfter(
                        new RequestRate(requestsPerSecond, requestBurst, System::nanoTime), SnapshotAuthorship.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, failure) ->
                                SignInRefusal.write(response, failure, "请登录：sign in with HTTP Basic"))
                        .accessDeniedHandler((request, response, denied) -> Problems.write(
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
