package org.gongkai.command.user;

import java.util.Optional;
import org.gongkai.events.user.UserRole;

/** The registered accounts as the command side knows them, never behind the event store. */
public interface UserAccounts {

    /**
     * One account: the role, its agency (null for an administrator), the stored adaptive hash, whether it is
     * disabled and whether its user must choose a new password before doing anything else.
     */
    record Account(
            String username,
            UserRole role,
            String agencyId,
            String passwordHash,
            boolean disabled,
            boolean mustChangePassword) {}

    Optional<Account> find(String username);

    boolean anyAdministrator();

    /** Whether an enabled administrator other than {@code username} exists: the last one must stay. */
    boolean anotherEnabledAdministrator(String username);
}
