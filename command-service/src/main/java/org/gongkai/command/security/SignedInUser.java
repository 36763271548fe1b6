package org.gongkai.command.security;

import java.util.List;
import org.gongkai.events.user.UserRole;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Who is writing: the principal of every authenticated request and the {@code recordedBy} of its events. */
public record SignedInUser(String username, UserRole role, String agencyId) {

    /** The service itself, for the writes it makes on its own (the first administrator). */
    static final SignedInUser SYSTEM = new SignedInUser("system", UserRole.ADMIN, null);

    Authentication authentication() {
        return UsernamePasswordAuthenticationToken.authenticated(
                this, null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
    }
}
