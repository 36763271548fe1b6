package org.gongkai.command.rejection;

/** A value outside what the rule allows (a negative count, money with more than two decimals, an empty reason). */
public final class InvalidValue extends Rejection {

    public InvalidValue(String field, String message) {
        super(Kind.INVALID_INPUT, field, message);
    }
}
