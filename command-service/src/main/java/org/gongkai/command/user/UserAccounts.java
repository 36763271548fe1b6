package org.gongkai.command.user;

import java.util.Optional;
import org.gongkai.events.user.UserRole;

/** The registered accounts as the command side knows them, never behind the event store. */
public interface UserAccounts {

    /** One account: the role, its agency (null for an administrator) and the stored adaptive hash. */
    record Account(String username, UserRole role, String agencyId, String passwordHash) {}

    Optional<Account> find(String username);

    boolean anyAdministrator();
}
