package org.gongkai.query.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import org.gongkai.events.user.UserRole;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password (HTTP Basic or the login form) against the projected accounts. A success is
 * remembered briefly ({@link SignInCache}): the adaptive hash is paid once per client, not once per request.
 * Failures are counted ({@link SignInAttempts}). The configured administrator password
 * ({@code gongkai.security.admin-password}) is accepted for {@code admin} without waiting for the projection.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    static final String ADMIN = "admin";

    private final UserProjection accounts;
    private final PasswordEncoder passwords;
    private final byte[] adminPassword;
    private final SignInCache cache = new SignInCache(Duration.ofMinutes(5), System::nanoTime);
    private final SignInAttempts attempts;

    PasswordSignIn(
            UserProjection accounts,
            PasswordEncoder passwords,
            @Value("${gongkai.security.admin-password:}") String adminPassword,
            @Value("${gongkai.security.max-failed-sign-ins:10}") int maxFailures) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.adminPassword = adminPassword.isEmpty() ? null : adminPassword.getBytes(StandardCharsets.UTF_8);
        this.attempts = new SignInAttempts(maxFailures, 5 * maxFailures, Duration.ofMinutes(5), System::nanoTime);
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String password =
                attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        var remembered = cache.find(username, password);
        if (remembered.isPresent()) {
            return remembered.get().authentication();
        }
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
        if (attempts.blocked(username, address)) {
            throw new TooManySignInAttempts();
        }
        SignedInUser user = verify(username, password);
        if (user == null) {
            attempts.failed(username, address);
            throw new BadCredentialsException("用户名或密码错误：wrong user name or password");
        }
        cache.remember(username, password, user);
        return user.authentication();
    }

    private SignedInUser verify(String username, String password) {
        if (adminPassword != null
                && ADMIN.equals(username)
                && MessageDigest.isEqual(adminPassword, password.getBytes(StandardCharsets.UTF_8))) {
            return new SignedInUser(ADMIN, UserRole.ADMIN, null);
        }
        return accounts.find(username)
                .filter(stored -> passwords.matches(password, stored.passwordHash()))
                .map(stored -> new SignedInUser(
                        stored.account().username(),
                        stored.account().role(),
                        stored.account().agencyId()))
                .orElse(null);
    }

    @EventListener
    void changed(UserProjection.UserChanged change) {
        cache.forget(change.username());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
