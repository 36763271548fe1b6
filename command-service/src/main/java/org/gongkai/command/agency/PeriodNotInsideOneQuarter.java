package org.gongkai.command.agency;

import java.time.LocalDate;
import org.gongkai.command.rejection.Rejection;

/**
 * Tallies and fees are counted per quarter; a period spanning two quarters could not be attributed without
 * guessing, so it must be split by whoever records it.
 */
public final class PeriodNotInsideOneQuarter extends Rejection {

    PeriodNotInsideOneQuarter(LocalDate start, LocalDate end) {
        super(
                Kind.INVALID_INPUT,
                "periodEnd",
                "统计期间必须在同一季度内且结束不早于开始：" + start + " to " + end + " is not a period inside one quarter");
    }

    static void check(LocalDate start, LocalDate end) {
        if (start == null
                || end == null
                || end.isBefore(start)
                || start.getYear() != end.getYear()
                || (start.getMonthValue() - 1) / 3 != (end.getMonthValue() - 1) / 3) {
            throw new PeriodNotInsideOneQuarter(start, end);
        }
    }
}
