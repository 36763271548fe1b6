package org.gongkai.command.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gongkai.events.user.UserRole;

/** Register a user; the password arrives here already hashed, so it never enters a message or a log. */
public record RegisterUser(
        @TargetAggregateIdentifier String userId,
        String username,
        UserRole role,
        String agencyId,
        String passwordHash) {}
