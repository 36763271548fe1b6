package org.gongkai.events.report;

/**
 * A fact of one agency's annual report or quarterly statistics. The stream (aggregate) is the report of one agency
 * for one year, keyed {@code report:<agencyId>:<year>}, or its statistics of one quarter, keyed
 * {@code statistics:<agencyId>:<year>:Q<quarter>}: publishing and its versions are per report, not per agency.
 */
public sealed interface ReportEvent permits NarrativeDrafted, ReportPublished, QuarterlyStatisticsSubmitted {

    String reportId();

    String agencyId();

    int year();

    /** The stream key of an agency's report of a year. */
    static String reportId(String agencyId, int year) {
        return "report:" + agencyId + ":" + year;
    }

    /** The stream key of an agency's quarterly statistics submissions of a quarter. */
    static String statisticsId(String agencyId, int year, int quarter) {
        return "statistics:" + agencyId + ":" + year + ":Q" + quarter;
    }
}
