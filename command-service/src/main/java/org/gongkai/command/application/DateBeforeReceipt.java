package org.gongkai.command.application;

import org.gongkai.command.rejection.Rejection;

/** Nothing can happen to an application before the agency received it. */
public final class DateBeforeReceipt extends Rejection {

    DateBeforeReceipt(String field, java.time.LocalDate date, java.time.LocalDate receivedOn) {
        super(
                Kind.INVALID_INPUT,
                field,
                "日期不能早于收到申请日期：" + field + " " + date + " is before the receipt date " + receivedOn);
    }
}
