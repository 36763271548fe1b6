package org.gongkai.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.events.user.UserRole;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a user name and password (HTTP Basic, or the front door's login form) against a service's own account
 * projection, the same way on both ports:
 * <ul>
 *   <li>a success is remembered briefly ({@link SignInCache}): the adaptive hash is paid once per client, not once
 *   per request;</li>
 *   <li>failures are counted per user name and per address ({@link SignInAttempts}); past the limit every attempt
 *   is refused with {@link TooManySignInAttempts} (429), right password or not;</li>
 *   <li>an unknown user name costs the same hash as a known one (compared with a dummy hash), so answer times do
 *   not tell which names exist;</li>
 *   <li>the configured administrator password ({@code gongkai.security.admin-password}) is accepted for
 *   {@code admin} without waiting for the account to be projected.</li>
 * </ul>
 */
public final class PasswordSignIn implements AuthenticationProvider {

    public static final String ADMIN = "admin";

    /** One account as a service's projection stores it. */
    public record Account(SignedInUser user, String passwordHash) {}

    /** A service's account projection. */
    public interface Accounts {
        Optional<Account> find(String username);
    }

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final byte[] adminPassword;
    private final String dummyHash;
    private final SignInCache cache = new SignInCache(Duration.ofMinutes(5), System::nanoTime);
    private final SignInAttempts attempts;
    /** The hash each remembered sign-in was checked against: one entry per account that signed in. */
    private final Map<String, String> checkedHashes = new ConcurrentHashMap<>();

    /**
     * @param adminPassword empty: none configured
     * @param maxFailures failures of one user name in 5 minutes before it is throttled (an address gets 5 times as
     *     many: one office may share one address)
     */
    public PasswordSignIn(Accounts accounts, PasswordEncoder passwords, String adminPassword, int maxFailures) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.adminPassword = adminPassword == null || adminPassword.isEmpty()
                ? null
                : adminPassword.getBytes(StandardCharsets.UTF_8);
        this.dummyHash = passwords.encode(UUID.randomUUID().toString());
        this.attempts = new SignInAttempts(maxFailures, 5 * maxFailures, Duration.ofMinutes(5), System::nanoTime);
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String password =
                attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        Optional<SignedInUser> remembered = cache.find(username, password);
        if (remembered.isPresent()) {
            Optional<SignedInUser> current = stillCurrent(username, remembered.get());
            if (current.isPresent()) {
                return current.get().authentication();
            }
            cache.forget(username);
        }
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
        if (attempts.blocked(username, address)) {
            throw new TooManySignInAttempts();
        }
        Optional<SignedInUser> user = verify(username, password);
        if (user.isEmpty()) {
            attempts.failed(username, address);
            throw new BadCredentialsException("用户名或密码错误：wrong user name or password");
        }
        cache.remember(username, password, user.get());
        try {
            accounts.find(username).ifPresent(account -> checkedHashes.put(username, account.passwordHash()));
        } catch (RuntimeException storeUnreachable) {
            // no hash to hold against: the next request checks the password again once the store answers
        }
        return user.get().authentication();
    }

    /**
     * A remembered sign-in counts only while the account still has the hash it was checked against (ADR 0045):
     * one indexed read instead of the adaptive hash. This is what ends it on every instance of a cluster, where
     * the change event reaches only the instance that stored it ({@link #forget} is then just the fast path). A
     * disabled account is not found. The user comes back with its current role and agency.
     */
    private Optional<SignedInUser> stillCurrent(String username, SignedInUser remembered) {
        Optional<Account> account;
        try {
            account = accounts.find(username);
        } catch (RuntimeException storeUnreachable) {
            // The accounts' database is down (QueryDatabaseOutageIT): the sign-in was checked within the cache's
            // five minutes, and a write is checked again by the command side against its own accounts, so the
            // front door keeps forwarding instead of answering 500 for an outage the write does not depend on.
            return Optional.of(remembered);
        }
        if (account.isEmpty()) {
            // only the configured administrator password signs in without an account
            return adminPassword != null && ADMIN.equals(username) ? Optional.of(remembered) : Optional.empty();
        }
        return account.get().passwordHash().equals(checkedHashes.get(username))
                ? Optional.of(account.get().user())
                : Optional.empty();
    }

    private Optional<SignedInUser> verify(String username, String password) {
        if (adminPassword != null
                && ADMIN.equals(username)
                && MessageDigest.isEqual(adminPassword, password.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(new SignedInUser(ADMIN, UserRole.ADMIN, null));
        }
        Optional<Account> account = accounts.find(username);
        if (account.isEmpty()) {
            passwords.matches(password, dummyHash); // as slow as a wrong password of a known user
            return Optional.empty();
        }
        return passwords.matches(password, account.get().passwordHash())
                ? Optional.of(account.get().user())
                : Optional.empty();
    }

    /** Drops remembered sign-ins of an account that changed (new password, role or agency). */
    public void forget(String username) {
        cache.forget(username);
        checkedHashes.remove(username);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
