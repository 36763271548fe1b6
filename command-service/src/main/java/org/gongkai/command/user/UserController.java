package org.gongkai.command.user;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gongkai.events.InputLimits;
import org.gongkai.events.user.UserEvent;
import org.gongkai.events.user.UserRole;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** {@code POST /api/users} (administrators only, CONTRACT.md §2): the password is hashed here and never stored. */
@RestController
@RequestMapping("/api/users")
class UserController {

    private final CommandGateway commands;
    private final PasswordEncoder passwords;

    UserController(CommandGateway commands, PasswordEncoder passwords) {
        this.commands = commands;
        this.passwords = passwords;
    }

    /** bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused. */
    record Registration(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{1," + InputLimits.USERNAME_MAX_LENGTH + "}")
            String username,

            @NotNull @Size(min = 8, max = 72) String password,
            @NotNull UserRole role,
            String agencyId) {}

    @PostMapping
    ResponseEntity<Map<String, Object>> register(@Valid @RequestBody Registration body) {
        WeakPassword.check(body.password());
        commands.sendAndWait(new RegisterUser(
                UserEvent.userId(body.username()),
                body.username(),
                body.role(),
                body.agencyId(),
                passwords.encode(body.password())));
        return ResponseEntity.created(
                        UriComponentsBuilder.fromPath("/api/users/{username}").build(body.username()))
                .body(Map.of("username", body.username(), "role", body.role().name()));
    }
}
