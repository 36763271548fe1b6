package org.gongkai.command.clock;

import java.time.LocalDate;
import org.gongkai.command.rejection.BusinessDateInFuture;
import org.gongkai.command.rejection.InvalidValue;
import org.gongkai.command.rejection.OutsideInputLimits;
import org.gongkai.events.InputLimits;

/**
 * Today's business date where the agencies are (Asia/Shanghai), not the server's: a fact dated after it has not
 * happened yet.
 */
@FunctionalInterface
public interface Today {

    LocalDate date();

    /** Refuses a missing business date, one after today or one before the earliest date, naming the field. */
    default void requireNotInFuture(String field, LocalDate date) {
        if (date == null) {
            throw new InvalidValue(field, "缺少日期：" + field + " is required");
        }
        LocalDate today = date();
        if (date.isAfter(today)) {
            throw new BusinessDateInFuture(field, date, today);
        }
        InputLimits.date(date, today).ifPresent(violation -> {
            throw new OutsideInputLimits(field, violation);
        });
    }
}
