package org.gongkai.query.document;

import java.time.LocalDate;
import org.gongkai.query.application.ProcessingFees;
import org.gongkai.query.report.Report;

/** What a document is made of, read in one snapshot: the report numbers plus what the JSON does not carry. */
final class Sources {

    private Sources() {}

    /** The annual report: its tables, the agency's name, the year's processing fees and the signature date. */
    record Annual(Report report, String agencyName, ProcessingFees fees, LocalDate signedOn) {}

    /** The quarterly statistics: the quarter's tables and the same tables from 1 January to the quarter's end. */
    record Quarterly(Report quarter, Report yearToDate, String agencyName, LocalDate signedOn) {}
}
