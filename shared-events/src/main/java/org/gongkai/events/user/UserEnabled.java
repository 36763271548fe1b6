package org.gongkai.events.user;

/**
 * An administrator ({@code by}) enabled the disabled account {@code username} again, with the password it had.
 *
 * <p>Version 1 (branch users, issue 20).
 */
public record UserEnabled(String username, String by) implements UserEvent {}
