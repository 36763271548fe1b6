package org.gongkai.command.user;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gongkai.events.user.UserEvent;
import org.gongkai.security.SignedInUser;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/me/password}: the signed-in user chooses a new password, proving the current one. This is the
 * one write a user who must change their password may make (ADR 0046); doing it ends that obligation.
 */
@RestController
class OwnPasswordController {

    private final CommandGateway commands;
    private final PasswordEncoder passwords;
    private final UserAccounts accounts;

    OwnPasswordController(CommandGateway commands, PasswordEncoder passwords, UserAccounts accounts) {
        this.commands = commands;
        this.passwords = passwords;
        this.accounts = accounts;
    }

    record Change(
            @NotNull @Size(max = 72) String oldPassword,
            @NotNull @Size(min = 8, max = 72) String newPassword) {}

    @PostMapping("/api/me/password")
    Map<String, Object> change(@Valid @RequestBody Change body) {
        String username = SignedInUser.current().orElseThrow().username();
        String storedHash = accounts.find(username)
                .map(UserAccounts.Account::passwordHash)
                .orElseThrow(() -> new UnknownUser(username));
        if (!passwords.matches(body.oldPassword(), storedHash)) {
            throw new WrongPassword();
        }
        WeakPassword.check("newPassword", body.newPassword());
        if (body.newPassword().equals(body.oldPassword())) {
            throw new PasswordUnchanged();
        }
        commands.sendAndWait(new SetPassword(
                UserEvent.userId(username), username, passwords.encode(body.newPassword()), false, false));
        return Map.of("username", username, "mustChangePassword", false);
    }
}
