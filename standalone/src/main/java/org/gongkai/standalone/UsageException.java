package org.gongkai.standalone;

/** A mistake on the command line; the message is shown to the operator as is, with exit code 2. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
