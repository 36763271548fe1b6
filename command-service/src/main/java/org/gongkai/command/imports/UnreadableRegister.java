package org.gongkai.command.imports;

import org.gongkai.command.rejection.Rejection;

/** The file as a whole cannot be imported: empty, unreadable, or without a required column. Nothing is recorded. */
final class UnreadableRegister extends Rejection {

    private final String rule;

    UnreadableRegister(String rule, String message) {
        super(Kind.INVALID_INPUT, "file", message);
        this.rule = rule;
    }

    @Override
    public String rule() {
        return rule;
    }
}
