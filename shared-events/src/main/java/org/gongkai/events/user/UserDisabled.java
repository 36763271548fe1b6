package org.gongkai.events.user;

/**
 * An administrator ({@code by}) disabled the account {@code username}, e.g. because the person left: from now on
 * its password signs nobody in and its open sessions end (ADR 0045). The account and its history stay.
 *
 * <p>Version 1 (branch users, issue 20).
 */
public record UserDisabled(String username, String by) implements UserEvent {}
