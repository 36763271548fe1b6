package org.gongkai.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this user name or from this address: 429 until the window has moved on. */
public final class TooManySignInAttempts extends AuthenticationException {

    public TooManySignInAttempts() {
        super("登录尝试过多，请稍后再试：too many failed sign-ins, try again in a few minutes");
    }
}
