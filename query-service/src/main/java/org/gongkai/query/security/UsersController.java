package org.gongkai.query.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.security.SignedInUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me}: who is signed in (the UI shows it and hides what the role may not do);
 * {@code GET /api/users}: the accounts, for administrators. {@code POST /api/users} is a write and goes to the
 * command service.
 */
@RestController
class UsersController {

    private final UserProjection users;

    UsersController(UserProjection users) {
        this.users = users;
    }

    @GetMapping("/api/me")
    Map<String, Object> me() {
        SignedInUser user = SignedInUser.current().orElseThrow();
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("username", user.username());
        me.put("role", user.role().name());
        me.put("roleLabel", user.role().label());
        me.put("agencyId", user.agencyId());
        // the UI shows only its change-password screen while this is true (ADR 0046)
        me.put(
                "mustChangePassword",
                users.find(user.username())
                        .map(stored -> stored.account().mustChangePassword())
                        .orElse(false));
        return me;
    }

    @GetMapping("/api/users")
    List<UserProjection.Account> users() {
        return users.all();
    }
}
