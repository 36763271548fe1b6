package org.gongkai.command.report;

import java.time.LocalDate;
import org.gongkai.command.rejection.Rejection;

/** Quarterly statistics are submitted after the quarter has ended, otherwise its facts can still change. */
public final class QuarterNotEnded extends Rejection {

    QuarterNotEnded(int year, int quarter, LocalDate lastDay) {
        super(
                Kind.CONFLICT,
                "quarter",
                "季度尚未结束，不能报送季度统计报表：" + year + " Q" + quarter + " ends on " + lastDay
                        + "; statistics can be submitted from the day after");
    }
}
