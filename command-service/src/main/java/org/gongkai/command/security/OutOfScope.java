package org.gongkai.command.security;

import org.gongkai.command.rejection.Rejection;

/** A write outside the writer's scope (ADR 0011): 403, and nothing is recorded. */
final class OutOfScope extends Rejection {

    private final String rule;

    OutOfScope(String rule, String message) {
        super(Kind.FORBIDDEN, null, message);
        this.rule = rule;
    }

    @Override
    public String rule() {
        return rule;
    }
}
