package org.gongkai.events.report;

import java.time.LocalDate;

/**
 * The agency submitted its quarterly statistics (季度统计报表) of {@code year} Q{@code quarter} to its supervising
 * level: {@code snapshot} freezes the statistics JSON as it stood — the quarter's tables and the year to date — so
 * the submitted version can be served unchanged forever. Version 1 is the first submission; every later version
 * is a correction and carries a {@code reason}. The stream is keyed {@code statistics:<agencyId>:<year>:Q<quarter>}.
 *
 * <p>Version 1.
 */
public record QuarterlyStatisticsSubmitted(
        String reportId,
        String agencyId,
        int year,
        int quarter,
        int version,
        String reason,
        String snapshot,
        LocalDate submittedOn)
        implements ReportEvent {}
