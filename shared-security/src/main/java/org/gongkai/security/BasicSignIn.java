package org.gongkai.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Which requests really sign in with HTTP Basic. Only those may skip CSRF protection: a browser cannot make a
 * cross-site request carry an {@code Authorization} header of the page's choosing, but any other value of that
 * header (a stray bearer token, garbage) must not switch the check off while the session cookie signs the request
 * in. {@link #ignoringSessions} makes a Basic request authenticate by its own credentials even when it also
 * carries a session cookie, so "skips CSRF" and "signed in by Basic" are the same requests.
 */
public final class BasicSignIn {

    private BasicSignIn() {}

    /** A well-formed {@code Authorization: Basic base64(user:password)} with a user name. */
    public static boolean carriesBasicCredentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            return decoded.indexOf(':') > 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Unsafe requests that must carry a CSRF token: every one not signed in by Basic. */
    public static RequestMatcher csrfRequired() {
        return request -> !"GET".equals(request.getMethod())
                && !"HEAD".equals(request.getMethod())
                && !"OPTIONS".equals(request.getMethod())
                && !"TRACE".equals(request.getMethod())
                && !carriesBasicCredentials(request);
    }

    /** {@code sessions}, except that a request carrying Basic credentials neither reads nor writes the session. */
    public static SecurityContextRepository ignoringSessions(SecurityContextRepository sessions) {
        return new SecurityContextRepository() {
            @Override
            @SuppressWarnings("deprecation")
            public SecurityContext loadContext(
                    org.springframework.security.web.context.HttpRequestResponseHolder holder) {
                return carriesBasicCredentials(holder.getRequest())
                        ? SecurityContextHolder.createEmptyContext()
                        : sessions.loadContext(holder);
            }

            @Override
            public org.springframework.security.core.context.DeferredSecurityContext loadDeferredContext(
                    HttpServletRequest request) {
                if (!carriesBasicCredentials(request)) {
                    return sessions.loadDeferredContext(request);
                }
                Supplier<SecurityContext> empty = SecurityContextHolder::createEmptyContext;
                return new org.springframework.security.core.context.DeferredSecurityContext() {
                    @Override
                    public SecurityContext get() {
                        return empty.get();
                    }

                    @Override
                    public boolean isGenerated() {
                        return true;
                    }
                };
            }

            @Override
            public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
                if (!carriesBasicCredentials(request)) {
                    sessions.saveContext(context, request, response);
                }
            }

            @Override
            public boolean containsContext(HttpServletRequest request) {
                return !carriesBasicCredentials(request) && sessions.containsContext(request);
            }
        };
    }
}
