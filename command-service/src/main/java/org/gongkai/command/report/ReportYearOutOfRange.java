package org.gongkai.command.report;

import org.gongkai.command.rejection.Rejection;

/** Reports exist from report year 2019 (the revised 条例) up to the current year; a later year has not happened. */
public final class ReportYearOutOfRange extends Rejection {

    ReportYearOutOfRange(int year, int currentYear) {
        super(
                Kind.INVALID_INPUT,
                "year",
                "报告年度无效：year " + year + " must be between " + Report.FIRST_YEAR + " and the current year "
                        + currentYear);
    }
}
