package org.gongkai.security;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.gongkai.events.user.UserRole;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is asking: the principal of every signed-in request on either port, the {@code recordedBy} of the events
 * its writes apply, and (serialisable) what the front door keeps in the session for the UI.
 */
public record SignedInUser(String username, UserRole role, String agencyId) implements Serializable {

    /** The service itself, for the writes it makes on its own (the first administrator). */
    public static final SignedInUser SYSTEM = new SignedInUser("system", UserRole.ADMIN, null);

    /** The user of the current request, if one is signed in. */
    public static Optional<SignedInUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user)
                : Optional.empty();
    }

    public Authentication authentication() {
        return UsernamePasswordAuthenticationToken.authenticated(
                this, null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
    }
}
