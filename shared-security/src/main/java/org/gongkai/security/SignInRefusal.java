package org.gongkai.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;

/** The answer to a request that did not sign in: 429 while sign-in is throttled, else 401 with a Basic challenge. */
public final class SignInRefusal {

    /** Seconds after which a throttled sign-in may be tried again: the throttle's window. */
    static final int RETRY_AFTER_SECONDS = 300;

    private static final String CHALLENGE = "Basic realm=\"gongkai\", charset=\"UTF-8\"";

    private SignInRefusal() {}

    public static void write(HttpServletResponse response, AuthenticationException failure, String detail)
            throws IOException {
        if (failure instanceof TooManySignInAttempts) {
            response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            Problems.write(response, 429, "TooManySignInAttempts", failure.getMessage());
            return;
        }
        response.setHeader("WWW-Authenticate", CHALLENGE);
        Problems.write(response, 401, "SignInRequired", detail);
    }

    /** The same answer, without the Basic challenge when a page's script asked ({@link #fromPageScript}). */
    public static void write(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure, String detail)
            throws IOException {
        if (fromPageScript(request) && !(failure instanceof TooManySignInAttempts)) {
            Problems.write(response, 401, "SignInRequired", detail);
            return;
        }
        write(response, failure, detail);
    }

    /** Sets the Basic challenge on a 401, unless a page's script asked ({@link #fromPageScript}). */
    public static void challenge(HttpServletRequest request, HttpServletResponse response) {
        if (!fromPageScript(request)) {
            response.setHeader("WWW-Authenticate", CHALLENGE);
        }
    }

    /**
     * Whether a page's script sent the request (fetch, XMLHttpRequest, EventSource: the browser's
     * {@code Sec-Fetch-Dest: empty}, or the UI's {@code X-Requested-With: XMLHttpRequest} for browsers without
     * fetch metadata). A browser answers a Basic challenge to such a request with its own user-name-and-password
     * dialog over the page before the script sees the 401, so a session that ended (or a disabled account) met
     * that dialog instead of the login page; in a headless browser the request never ended (branch browser,
     * AccessibilityWalkIT). Clients that are not browsers send neither header and keep the challenge, as Spring
     * Security's own HTTP Basic does for X-Requested-With.
     */
    public static boolean fromPageScript(HttpServletRequest request) {
        return "empty".equalsIgnoreCase(request.getHeader("Sec-Fetch-Dest"))
                || "XMLHttpRequest".equalsIgnoreCase(request.getHeader("X-Requested-With"));
    }
}
