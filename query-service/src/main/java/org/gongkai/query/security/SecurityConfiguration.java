package org.gongkai.query.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The front door's sign-in (ADR 0010): HTTP Basic for API clients, stateless and without CSRF tokens (a browser
 * cannot send a cross-site request with an {@code Authorization} header of its own); a login page with a session
 * cookie for the UI, whose writes carry the CSRF token from the {@code XSRF-TOKEN} cookie as
 * {@code X-XSRF-TOKEN}. API calls without credentials get a 401 problem with a Basic challenge; pages redirect to
 * the login page. Health and the login page's own files are open.
 */
@Configuration
class SecurityConfiguration {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** Same-origin scripts and styles only (the UI has no inline scripts); charts draw with inline styles. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** A path the firewall refuses (an encoded ';', '%', '\\', …) is a problem answer like any other refusal. */
    @Bean
    RequestRejectedHandler rejectedPaths() {
        return (request, response, rejected) -> Problems.write(
                response, 400, "MalformedPath", "路径格式错误：the request path contains characters that are not allowed");
    }

    @Bean
    SecurityFilterChain frontDoor(HttpSecurity http, PasswordSignIn passwords) throws Exception {
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
                .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(request -> !SAFE_METHODS.contains(request.getMethod())
                                && request.getHeader("Authorization") == null))
                .addFilterAfter(new CsrfCookie(), BasicAuthenticationFilter.class)
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
        if (failure instanceof TooManySignInAttempts) {
            response.setHeader("Retry-After", "300");
            Problems.write(response, 429, "TooManySignInAttempts", failure.getMessage());
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"gongkai\", charset=\"UTF-8\"");
        Problems.write(response, 401, "SignInRequired", "请登录：sign in (HTTP Basic, or the login page)");
    }

    /** Makes the deferred CSRF token load, so its cookie is set for the page's scripts to read. */
    private static final class CsrfCookie extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getHeader("Authorization") == null
                    && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }
}
