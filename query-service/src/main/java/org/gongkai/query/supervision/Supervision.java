package org.gongkai.query.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The supervision table of one subtree and period.
 *
 * @param agencyId the supervising agency (the subtree's root)
 * @param from     first day of the period (answers counted by their date)
 * @param to       last day of the period, included
 * @param today    the date "due soon" and "overdue" are judged on
 * @param rows     one row per agency of the subtree the caller may read, the root first
 * @param total    the sums over the rows
 */
record Supervision(String agencyId, LocalDate from, LocalDate to, LocalDate today, List<Row> rows, Row total) {

    /** 条例 has no "due soon"; three working days is what worklists and assessment notices warn with. */
    static final int DUE_SOON_WORKING_DAYS = 3;

    /**
     * One agency's figures.
     *
     * @param onTimeRate answered on time ÷ (answered on time + answered late + overdue not answered), in percent with
     *                   one decimal (half up); null when there is nothing to rate
     * @param lateSupplementRequests supplements requested in the period later than 条例 Art. 30 allows (7 working
     *                   days after receipt): breaches of Art. 30
     * @param deferredAnswers 延迟答复 (条例 Art. 35) decided in the period, by the date of the latest deferral
     */
    record Row(
            String agencyId,
            String agencyName,
            long dueSoon,
            long overdueOpen,
            long answeredLate,
            long answeredOnTime,
            BigDecimal onTimeRate,
            long lateSupplementRequests,
            long deferredAnswers) {

        /** {@code flags}: late supplement requests, then deferred answers. */
        static Row of(String agencyId, String agencyName, long[] counts, long[] flags) {
            long soon = counts[Category.DUE_SOON.ordinal()];
            long overdue = counts[Category.OVERDUE_OPEN.ordinal()];
            long late = counts[Category.ANSWERED_LATE.ordinal()];
            long onTime = counts[Category.ANSWERED_ON_TIME.ordinal()];
            long rated = overdue + late + onTime;
            BigDecimal rate = rated == 0
                    ? null
                    : BigDecimal.valueOf(onTime * 100L).divide(BigDecimal.valueOf(rated), 1, RoundingMode.HALF_UP);
            return new Row(agencyId, agencyName, soon, overdue, late, onTime, rate, flags[0], flags[1]);
        }
    }

    /**
     * One application behind a figure.
     *
     * @param workingDays working days left (due soon), or working days past the due date (overdue: until today;
     *                    answered late: until the answer)
     */
    record Item(
            String applicationId,
            String agencyId,
            Category category,
            LocalDate receivedOn,
            LocalDate dueOn,
            LocalDate closedOn,
            int workingDays) {}
}
