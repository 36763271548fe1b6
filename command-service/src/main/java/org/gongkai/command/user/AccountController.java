package org.gongkai.command.user;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gongkai.command.rejection.InvalidValue;
import org.gongkai.events.InputLimits;
import org.gongkai.events.user.UserEvent;
import org.gongkai.events.user.UserRole;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What an administrator may change of an account (issue 20 item 5, ADR 0045): role and agency, disabled or not,
 * a new password (optionally to be replaced at the next sign-in). Administrators only, like all of
 * {@code /api/users/**}; each change is an event naming who made it.
 */
@RestController
@RequestMapping("/api/users/{username}")
class AccountController {

    private static final Pattern USERNAME =
            Pattern.compile("[A-Za-z0-9._@-]{1," + InputLimits.USERNAME_MAX_LENGTH + "}");

    private final CommandGateway commands;
    private final PasswordEncoder passwords;

    AccountController(CommandGateway commands, PasswordEncoder passwords) {
        this.commands = commands;
        this.passwords = passwords;
    }

    record Assignment(@NotNull UserRole role, String agencyId) {}

    record NewPassword(@NotNull @Size(min = 8, max = 72) String password, Boolean mustChange) {}

    @PutMapping
    Map<String, Object> reassign(@PathVariable String username, @Valid @RequestBody Assignment body) {
        commands.sendAndWait(new ReassignUser(userId(username), username, body.role(), body.agencyId()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("username", username);
        answer.put("role", body.role().name());
        answer.put("agencyId", body.agencyId());
        return answer;
    }

    @PostMapping("/disable")
    Map<String, Object> disable(@PathVariable String username) {
        commands.sendAndWait(new DisableUser(userId(username), username));
        return Map.of("username", username, "disabled", true);
    }

    @PostMapping("/enable")
    Map<String, Object> enable(@PathVariable String username) {
        commands.sendAndWait(new EnableUser(userId(username), username));
        return Map.of("username", username, "disabled", false);
    }

    @PostMapping("/password")
    Map<String, Object> setPassword(@PathVariable String username, @Valid @RequestBody NewPassword body) {
        WeakPassword.check(body.password());
        boolean mustChange = Boolean.TRUE.equals(body.mustChange());
        commands.sendAndWait(
                new SetPassword(userId(username), username, passwords.encode(body.password()), mustChange, true));
        return Map.of("username", username, "mustChangePassword", mustChange);
    }

    private static String userId(String username) {
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidValue("username", "用户名格式不正确：username is 1–64 of A–Z a–z 0–9 . _ @ -");
        }
        return UserEvent.userId(username);
    }
}
