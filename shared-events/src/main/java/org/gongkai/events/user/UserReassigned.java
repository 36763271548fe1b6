package org.gongkai.events.user;

/**
 * An administrator ({@code by}) gave the user {@code username} the role {@code role}, scoped to {@code agencyId}
 * (null for an administrator). Sessions and cached sign-ins of the user carry the new role from the next request.
 *
 * <p>Version 1 (branch users, issue 20).
 */
public record UserReassigned(String username, UserRole role, String agencyId, String by) implements UserEvent {}
