package org.gongkai.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;

/** The answer to a request that did not sign in: 429 while sign-in is throttled, else 401 with a Basic challenge. */
public final class SignInRefusal {

    /** Seconds after which a throttled sign-in may be tried again: the throttle's window. */
    static final int RETRY_AFTER_SECONDS = 300;

    private SignInRefusal() {}

    public static void write(HttpServletResponse response, AuthenticationException failure, String detail)
            throws IOException {
        if (failure instanceof TooManySignInAttempts) {
            response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            Problems.write(response, 429, "TooManySignInAttempts", failure.getMessage());
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"gongkai\", charset=\"UTF-8\"");
        Problems.write(response, 401, "SignInRequired", detail);
    }
}
