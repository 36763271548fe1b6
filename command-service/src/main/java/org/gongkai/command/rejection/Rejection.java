package org.gongkai.command.rejection;

/**
 * A command refused because it breaks a rule. Each rule is its own subclass named after the rule, so the answer,
 * the log and the test all say which rule was broken. A rejection is thrown before any event is applied: a refused
 * command leaves nothing in the event store.
 */
public abstract class Rejection extends RuntimeException {

    /** How the HTTP answer classifies the refusal (400, 403, 404 or 409). */
    public enum Kind {
        INVALID_INPUT,
        FORBIDDEN,
        NOT_FOUND,
        CONFLICT
    }

    private final Kind kind;
    private final String field;

    protected Rejection(Kind kind, String field, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    /** The request field that carries the offending value, or {@code null} when the request as a whole conflicts. */
    public String field() {
        return field;
    }

    /** The rule's name, e.g. {@code DecisionBeforeReceipt}: stable, for clients that react to specific rules. */
    public String rule() {
        return getClass().getSimpleName();
    }
}
