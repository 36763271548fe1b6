package org.gongkai.command.report;

import org.gongkai.command.rejection.Rejection;

/**
 * An annual report is published after its year has ended: the year must be before the current year in
 * Asia/Shanghai, otherwise facts of the year can still happen after publication.
 */
public final class ReportYearNotClosed extends Rejection {

    ReportYearNotClosed(int year, int currentYear) {
        super(
                Kind.CONFLICT,
                "year",
                "年度尚未结束，不能发布年度报告：year " + year
                        + " is not closed; a report can be published from 1 January " + (year + 1)
                        + " (current year " + currentYear + ")");
    }
}
