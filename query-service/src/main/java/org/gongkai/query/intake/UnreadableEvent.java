package org.gongkai.query.intake;

/** A record of a known type whose value does not decode: it never will by retrying, so it is quarantined. */
final class UnreadableEvent extends RuntimeException {

    UnreadableEvent(String type, Throwable cause) {
        super("the value of " + type + " does not decode", cause);
    }
}
