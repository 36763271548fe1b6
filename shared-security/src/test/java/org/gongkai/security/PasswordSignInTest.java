package org.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.events.user.UserRole;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordSignInTest {

    /** Counts the (on purpose slow) hash comparisons: their number is what the answer time follows. */
    private static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger comparisons = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            comparisons.incrementAndGet();
            return encoded.equals("hash:" + raw);
        }
    }

    private static final SignedInUser CLERK = new SignedInUser("kupu-clerk", UserRole.CLERK, "kupu");

    private final CountingEncoder encoder = new CountingEncoder();
    private final Map<String, PasswordSignIn.Account> accounts =
            Map.of("kupu-clerk", new PasswordSignIn.Account(CLERK, "hash:right-password"));
    private final PasswordSignIn signIn =
            new PasswordSignIn(name -> Optional.ofNullable(accounts.get(name)), encoder, "", 3);

    @Test
    void signsInAKnownUserAndRemembersIt() {
        assertThat(signIn.authenticate(attempt("kupu-clerk", "right-password")).getPrincipal())
                .isEqualTo(CLERK);
        int afterFirst = encoder.comparisons.get();

        signIn.authenticate(attempt("kupu-clerk", "right-password"));

        assertThat(encoder.comparisons.get()).isEqualTo(afterFirst);
    }

    @Test
    void paysTheSameHashForAnUnknownUserAsForAWrongPassword() {
        int before = encoder.comparisons.get();
        assertThatThrownBy(() -> signIn.authenticate(attempt("kupu-clerk", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        int knownUser = encoder.comparisons.get() - before;

        assertThatThrownBy(() -> signIn.authenticate(attempt("nobody", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        int unknownUser = encoder.comparisons.get() - before - knownUser;

        assertThat(unknownUser).isEqualTo(knownUser).isEqualTo(1);
    }

    @Test
    void throttlesAUserNameAfterTooManyFailuresEvenWithTheRightPassword() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt("kupu-clerk", "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn.authenticate(attempt("kupu-clerk", "right-password")))
                .isInstanceOf(TooManySignInAttempts.class);
    }

    @Test
    void acceptsTheConfiguredAdministratorPasswordBeforeTheAccountExists() {
        PasswordSignIn withAdmin = new PasswordSignIn(name -> Optional.empty(), encoder, "configured", 3);

        assertThat(withAdmin.authenticate(attempt("admin", "configured")).getPrincipal())
                .isEqualTo(new SignedInUser("admin", UserRole.ADMIN, null));
    }

    @Test
    void forgetsARememberedSignInWhenTheAccountChanges() {
        signIn.authenticate(attempt("kupu-clerk", "right-password"));
        int before = encoder.comparisons.get();

        signIn.forget("kupu-clerk");
        signIn.authenticate(attempt("kupu-clerk", "right-password"));

        assertThat(encoder.comparisons.get()).isEqualTo(before + 1);
    }

    @Test
    void refusesARememberedSignInOnceTheAccountIsGoneWithoutBeingTold() {
        Map<String, PasswordSignIn.Account> live = new java.util.HashMap<>(accounts);
        PasswordSignIn clustered = new PasswordSignIn(name -> Optional.ofNullable(live.get(name)), encoder, "", 3);
        clustered.authenticate(attempt("kupu-clerk", "right-password"));

        live.remove("kupu-clerk"); // disabled on another instance: no forget() reaches this one

        assertThatThrownBy(() -> clustered.authenticate(attempt("kupu-clerk", "right-password")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void refusesTheOldPasswordOnceTheStoredHashChangedWithoutBeingTold() {
        Map<String, PasswordSignIn.Account> live = new java.util.HashMap<>(accounts);
        PasswordSignIn clustered = new PasswordSignIn(name -> Optional.ofNullable(live.get(name)), encoder, "", 3);
        clustered.authenticate(attempt("kupu-clerk", "right-password"));

        live.put("kupu-clerk", new PasswordSignIn.Account(CLERK, "hash:new-password"));

        assertThatThrownBy(() -> clustered.authenticate(attempt("kupu-clerk", "right-password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(clustered.authenticate(attempt("kupu-clerk", "new-password")).getPrincipal())
                .isEqualTo(CLERK);
    }

    @Test
    void aRememberedSignInCarriesTheRoleTheAccountHasNow() {
        Map<String, PasswordSignIn.Account> live = new java.util.HashMap<>(accounts);
        PasswordSignIn clustered = new PasswordSignIn(name -> Optional.ofNullable(live.get(name)), encoder, "", 3);
        clustered.authenticate(attempt("kupu-clerk", "right-password"));
        SignedInUser promoted = new SignedInUser("kupu-clerk", UserRole.SUPERVISOR, "county");
        live.put("kupu-clerk", new PasswordSignIn.Account(promoted, "hash:right-password"));
        int before = encoder.comparisons.get();

        assertThat(clustered
                        .authenticate(attempt("kupu-clerk", "right-password"))
                        .getPrincipal())
                .isEqualTo(promoted);
        assertThat(encoder.comparisons.get()).isEqualTo(before);
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
