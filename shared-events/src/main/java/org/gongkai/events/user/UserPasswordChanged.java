package org.gongkai.events.user;

/**
 * The account {@code username} has a new password: set by an administrator ({@code by} is the administrator) or
 * changed by the user ({@code by} equals {@code username}). {@code passwordHash} is the adaptive hash in Spring
 * Security's delegating format, exactly as {@link UserRegistered} carries it (ADR 0010), never the password. With
 * {@code mustChange} the user may do nothing but choose a password of their own at the next sign-in (ADR 0046).
 *
 * <p>Version 1 (branch users, issue 20).
 */
public record UserPasswordChanged(String username, String passwordHash, boolean mustChange, String by)
        implements UserEvent {}
