package org.gongkai.command.rejection;

import java.time.LocalDate;

/** Facts are recorded when they have happened: a business date after today (Asia/Shanghai) cannot be true. */
public final class BusinessDateInFuture extends Rejection {

    public BusinessDateInFuture(String field, LocalDate date, LocalDate today) {
        super(Kind.INVALID_INPUT, field, "日期不能晚于今天：" + field + " " + date + " is after today " + today);
    }
}
