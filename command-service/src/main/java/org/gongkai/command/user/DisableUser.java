package org.gongkai.command.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stop a user from signing in, e.g. when the person leaves (administrators only). */
public record DisableUser(@TargetAggregateIdentifier String userId, String username) {}
