package org.gongkai.command.user;

/** Published in this service after a user's row changed, so cached sign-ins of that user are dropped. */
public record UserChanged(String username) {}
