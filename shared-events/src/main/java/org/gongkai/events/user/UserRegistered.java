package org.gongkai.events.user;

/**
 * An administrator registered a user who may sign in as {@code username} with role {@code role}, scoped to
 * {@code agencyId} (null for an administrator). {@code passwordHash} is the password in Spring Security's
 * delegating format ({@code {bcrypt}$2a$…}): an adaptive hash, never the password itself, so that both services
 * can verify a sign-in on their own (ADR 0010).
 *
 * <p>Version 1.
 */
public record UserRegistered(String username, UserRole role, String agencyId, String passwordHash)
        implements UserEvent {}
