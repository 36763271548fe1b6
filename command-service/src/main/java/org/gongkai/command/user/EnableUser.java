package org.gongkai.command.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Let a disabled user sign in again (administrators only). */
public record EnableUser(@TargetAggregateIdentifier String userId, String username) {}
