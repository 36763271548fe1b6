package org.gongkai.command.rejection;

import org.gongkai.events.InputLimits;

/**
 * A value outside the input limits of the contract ({@link InputLimits}, ADR 0017): an id off the grammar, a text
 * too long or with a control character, a date, amount or count out of range. The rule named in the answer is the
 * broken limit ({@code IdGrammar}, {@code TextTooLong}, …), not this class.
 */
public final class OutsideInputLimits extends Rejection {

    private final InputLimits.Rule limit;

    public OutsideInputLimits(String field, InputLimits.Violation violation) {
        super(Kind.INVALID_INPUT, field, violation.chinese() + "：" + field + " " + violation.english());
        this.limit = violation.rule();
    }

    public InputLimits.Rule limit() {
        return limit;
    }

    @Override
    public String rule() {
        return limit.ruleName();
    }
}
