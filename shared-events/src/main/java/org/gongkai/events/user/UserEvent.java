package org.gongkai.events.user;

/** A fact about one user account (the User stream, keyed {@code user:<username>}). */
public sealed interface UserEvent
        permits UserRegistered, UserReassigned, UserDisabled, UserEnabled, UserPasswordChanged {

    String username();

    /** The stream key of a user: user names and other aggregate ids share one key space in the event store. */
    static String userId(String username) {
        return "user:" + username;
    }
}
