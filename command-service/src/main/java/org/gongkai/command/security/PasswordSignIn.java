package org.gongkai.command.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import org.gongkai.command.user.UserAccounts;
import org.gongkai.command.user.UserChanged;
import org.gongkai.events.user.UserRole;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password (HTTP Basic) against the users table, remembering successes briefly
 * ({@link SignInCache}). The configured administrator password ({@code gongkai.security.admin-password}) is
 * accepted for {@code admin} as well, so the first requests never race the registration of that account.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    static final String ADMIN = "admin";

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final byte[] adminPassword;
    private final SignInCache cache = new SignInCache(Duration.ofMinutes(5), System::nanoTime);

    PasswordSignIn(
            UserAccounts accounts,
            PasswordEncoder passwords,
            @Value("${gongkai.security.admin-password:}") String adminPassword) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.adminPassword = adminPassword.isEmpty() ? null : adminPassword.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String password =
                attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        SignedInUser user = cache.find(username, password).orElseGet(() -> verify(username, password));
        return user.authentication();
    }

    private SignedInUser verify(String username, String password) {
        SignedInUser user;
        if (isConfiguredAdmin(username, password)) {
            user = new SignedInUser(ADMIN, UserRole.ADMIN, null);
        } else {
            user = accounts.find(username)
                    .filter(account -> passwords.matches(password, account.passwordHash()))
                    .map(account -> new SignedInUser(account.username(), account.role(), account.agencyId()))
                    .orElseThrow(() -> new BadCredentialsException("用户名或密码错误：wrong user name or password"));
        }
        cache.remember(username, password, user);
        return user;
    }

    private boolean isConfiguredAdmin(String username, String password) {
        return adminPassword != null
                && ADMIN.equals(username)
                && MessageDigest.isEqual(adminPassword, password.getBytes(StandardCharsets.UTF_8));
    }

    @EventListener
    void changed(UserChanged change) {
        cache.forget(change.username());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
