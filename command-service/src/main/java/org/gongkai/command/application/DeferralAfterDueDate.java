package org.gongkai.command.application;

import java.time.LocalDate;
import org.gongkai.command.rejection.Rejection;

/**
 * 条例 Art. 35 lets the agency set a longer period when it cannot answer within the statutory one; decided after
 * that period ran out it would excuse a late answer after the fact, which supervision must count as late.
 */
public final class DeferralAfterDueDate extends Rejection {

    DeferralAfterDueDate(LocalDate deferredOn, LocalDate dueOn) {
        super(
                Kind.INVALID_INPUT,
                "deferredOn",
                "延迟答复应在答复期限届满前决定：deferredOn " + deferredOn + " is after the due date in force " + dueOn);
    }
}
