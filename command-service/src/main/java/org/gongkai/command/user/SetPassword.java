package org.gongkai.command.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Give a user a new password: an administrator's ({@code byAdministrator}, optionally to be replaced at the next
 * sign-in) or the user's own. The password arrives already hashed, like {@link RegisterUser}'s.
 */
public record SetPassword(
        @TargetAggregateIdentifier String userId,
        String username,
        String passwordHash,
        boolean mustChange,
        boolean byAdministrator) {}
