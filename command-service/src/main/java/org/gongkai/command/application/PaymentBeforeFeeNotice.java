package org.gongkai.command.application;

import java.time.LocalDate;
import org.gongkai.command.rejection.Rejection;

/** A processing fee is paid in answer to the notice that asked for it, so never before that notice. */
public final class PaymentBeforeFeeNotice extends Rejection {

    PaymentBeforeFeeNotice(LocalDate paidOn, LocalDate noticeIssuedOn) {
        super(
                Kind.INVALID_INPUT,
                "paidOn",
                "缴费日期不能早于收费通知日期：paidOn " + paidOn + " is before the fee notice of " + noticeIssuedOn);
    }
}
