package org.gongkai.command.user;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gongkai.events.user.UserRole;

/** Give a registered user another role or agency (administrators only). */
public record ReassignUser(@TargetAggregateIdentifier String userId, String username, UserRole role, String agencyId) {}
