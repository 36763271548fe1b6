package org.gongkai.command.security;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gongkai.command.user.RegisterUser;
import org.gongkai.command.user.UserAccounts;
import org.gongkai.events.user.UserEvent;
import org.gongkai.events.user.UserRole;
import org.gongkai.security.PasswordSignIn;
import org.gongkai.security.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The first administrator. When no administrator exists yet, registers {@code admin} with
 * {@code gongkai.security.admin-password}, or else with {@code gongkai.security.initial-admin-password} (the
 * standalone launcher generates one and prints it once). Recorded by {@code system}, like any other user.
 */
@Component
public class AdminBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserAccounts accounts;
    private final CommandGateway commands;
    private final PasswordEncoder passwords;
    private final String adminPassword;
    private final String initialPassword;
    private volatile boolean registeredNow;

    AdminBootstrap(
            UserAccounts accounts,
            CommandGateway commands,
            PasswordEncoder passwords,
            @Value("${gongkai.security.admin-password:}") String adminPassword,
            @Value("${gongkai.security.initial-admin-password:}") String initialPassword) {
        this.accounts = accounts;
        this.commands = commands;
        this.passwords = passwords;
        this.adminPassword = adminPassword;
        this.initialPassword = initialPassword;
    }

    /** Whether this start registered {@code admin} (and so the initial password is now valid). */
    public boolean registeredNow() {
        return registeredNow;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAdministrator()) {
            return;
        }
        String password = !adminPassword.isBlank() ? adminPassword : initialPassword;
        if (password.isBlank()) {
            LOG.warn("No administrator exists and gongkai.security.admin-password is not set: nobody can sign in "
                    + "until it is set (GONGKAI_ADMIN_PASSWORD in the standalone run)");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SignedInUser.SYSTEM.authentication());
        SecurityContextHolder.setContext(context);
        try {
            commands.sendAndWait(new RegisterUser(
                    UserEvent.userId(PasswordSignIn.ADMIN),
                    PasswordSignIn.ADMIN,
                    UserRole.ADMIN,
                    null,
                    passwords.encode(password)));
            registeredNow = true;
            LOG.info("Registered the administrator 'admin'");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
