package org.gongkai.events.report;

/**
 * A fact of one agency's annual report. The stream (aggregate) is the report of one agency for one year, keyed
 * {@code report:<agencyId>:<year>}: publishing and its versions are per report, not per agency.
 */
public sealed interface ReportEvent permits NarrativeDrafted, ReportPublished {

    String reportId();

    String agencyId();

    int year();

    /** The stream key of an agency's report of a year. */
    static String reportId(String agencyId, int year) {
        return "report:" + agencyId + ":" + year;
    }
}
