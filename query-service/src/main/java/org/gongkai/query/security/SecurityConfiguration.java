package org.gongkai.query.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gongkai.security.BasicSignIn;
import org.gongkai.security.PasswordSignIn;
import org.gongkai.security.Problems;
import org.gongkai.security.RequestRate;
import org.gongkai.security.SignInRefusal;
import org.gongkai.security.SignedInUser;
import org.gongkai.security.TooManySignInAttempts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The front door's sign-in (ADR 0010, 0019): HTTP Basic for API clients, stateless and without CSRF tokens (a
 * browser cannot send a cross-site request with an {@code Authorization} header of its own) — only requests that
 * really sign in with Basic ({@link BasicSignIn}); a login page with a session cookie ({@code SameSite=Lax}) for the
 * UI, whose writes carry the CSRF token from the {@code XSRF-TOKEN} cookie as {@code X-XSRF-TOKEN}. Before any of
 * it, a path not written canonically is a 400 and a body over {@code gongkai.http.max-body-bytes} a 413; after
 * sign-in each user has a request-rate limit. API calls without credentials get a 401 problem with a Basic challenge; pages redirect to
 * the login page. Health and the login page's own files are open.
 */
@Configuration
class SecurityConfiguration {

    /** Same-origin scripts and styles only (the UI has no inline scripts); charts draw with inline styles. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private PasswordSignIn signIn;

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The shared password check (cache, throttle, constant-time refusal) over this service's projected accounts. */
    @Bean
    PasswordSignIn passwordSignIn(
            UserProjection accounts,
            PasswordEncoder passwords,
            @Value("${gongkai.security.admin-password:}") String adminPassword,
            @Value("${gongkai.security.max-failed-sign-ins:10}") int maxFailures) {
        signIn = new PasswordSignIn(
                // a disabled account signs nobody in: it answers as an unknown name would (same hash cost)
                username -> accounts.find(username)
                        .filter(stored -> !stored.account().disabled())
                        .map(stored -> new PasswordSignIn.Account(
                                new SignedInUser(
                                        stored.account().username(),
                                        stored.account().role(),
                                        stored.account().agencyId()),
                                stored.passwordHash())),
                passwords,
                adminPassword,
                maxFailures);
        return signIn;
    }

    @EventListener
    void accountChanged(UserProjection.UserChanged change) {
        if (signIn != null) {
            signIn.forget(change.username());
        }
    }

    @Bean
    SecurityFilterChain frontDoor(
            HttpSecurity http,
            PasswordSignIn passwords,
            UserProjection accounts,
            @Value("${gongkai.security.requests-per-second:50}") double requestsPerSecond,
            @Value("${gongkai.security.request-burst:200}") int requestBurst)
            throws Exception {
        CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        // Secure follows the request (HTTPS, or a proxy's X-Forwarded-Proto with forward-headers-strategy)
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        AuthenticationEntryPoint api = SecurityConfiguration::unauthenticatedApi;
        AuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint("/login.html");
        RequestMatcher apiRequest = request -> {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            // the API description is read by tools like the API: 401 with a challenge, not the login page (ADR 0024)
            return path.startsWith("/api/") || path.startsWith("/actuator/") || path.startsWith("/v3/api-docs");
        };
        http.authenticationManager(new ProviderManager(passwords))
                .httpBasic(basic -> basic.authenticationEntryPoint(api))
                .formLogin(form -> form.loginPage("/login.html")
                        .loginProcessingUrl("/login")
                        .defaultSuccessUrl("/", true)
                        .failureHandler((request, response, failure) -> response.sendRedirect(
                                failure instanceof TooManySignInAttempts ? "login.html?locked" : "login.html?error"))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login.html?logout")
                        .deleteCookies("JSESSIONID"))
                .securityContext(context -> context.securityContextRepository(
                        BasicSignIn.ignoringSessions(new DelegatingSecurityContextRepository(
                                new RequestAttributeSecurityContextRepository(),
                                new HttpSessionSecurityContextRepository()))))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(BasicSignIn.csrfRequired()))
                .addFilterAfter(new CsrfCookie(), BasicAuthenticationFilter.class)
                .addFilterAfter(new AccountStanding(accounts), BasicAuthenticationFilter.class)
                .addFilterAfter(
                        new RequestRate(requestsPerSecond, requestBurst, System::nanoTime), AuthorizationFilter.class)
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(api, apiRequest)
                        .defaultAuthenticationEntryPointFor(page, request -> true)
                        .accessDeniedHandler((request, response, denied) -> {
                            if (!(denied instanceof CsrfException)) {
                                Problems.write(
                                        response, 403, "AdministratorsOnly", "无权操作：only an administrator may do this");
                            } else if (apiRequest.matches(request) && request.getSession(false) == null) {
                                unauthenticatedApi(request, response, null); // no credentials at all
                            } else if (apiRequest.matches(request)) {
                                Problems.write(
                                        response,
                                        403,
                                        "CsrfTokenInvalid",
                                        "请刷新页面后重试：" + "send the XSRF-TOKEN cookie's value as the X-XSRF-TOKEN header");
                            } else {
                                response.sendRedirect("login.html?expired"); // a stale login form
                            }
                        }))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login.html",
                                "/css/**",
                                "/js/login.js",
                                "/js/i18n.js",
                                "/favicon.ico",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/error")
                        .permitAll()
                        .requestMatchers("/actuator/**", "/api/admin/**", "/api/users/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated());
        return http.build();
    }

    private static void unauthenticatedApi(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        SignInRefusal.write(request, response, failure, "请登录：sign in (HTTP Basic, or the login page)");
    }

    /** Makes the deferred CSRF token load, so its cookie is set for the page's scripts to read. */
    private static final class CsrfCookie extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!BasicSignIn.carriesBasicCredentials(request)
                    && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }
}
