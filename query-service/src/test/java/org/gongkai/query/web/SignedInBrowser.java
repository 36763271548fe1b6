package org.gongkai.query.web;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.gongkai.query.SignedInClients;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;

/**
 * A browser that is already signed in as the administrator: adds HTTP Basic credentials to every request before
 * the security filters see it (headless Chromium's command line cannot send them itself). The credentials are
 * checked by the real filter chain.
 */
final class SignedInBrowser {

    private SignedInBrowser() {}

    static FilterRegistrationBean<Filter> asAdministrator() {
        String authorization = SignedInClients.basicAdmin();
        Filter filter = (request, response, chain) -> chain.doFilter(
                new HttpServletRequestWrapper((HttpServletRequest) request) {
                    @Override
                    public String getHeader(String name) {
                        return "Authorization".equalsIgnoreCase(name) ? authorization : super.getHeader(name);
                    }

                    @Override
                    public Enumeration<String> getHeaders(String name) {
                        return "Authorization".equalsIgnoreCase(name)
                                ? Collections.enumeration(List.of(authorization))
                                : super.getHeaders(name);
                    }
                },
                response);
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
