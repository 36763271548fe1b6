package org.gongkai.standalone;

/** A part of the stack could not start; the message says what an operator can do about it. */
public final class StartupException extends RuntimeException {

    StartupException(String message, Throwable cause) {
        super(message, cause);
    }

    StartupException(String message) {
        super(message);
    }
}
