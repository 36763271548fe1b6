package org.gongkai.query.dashboard;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a supervisor watches: the chosen quarter (today's by default) and its year up to that quarter, the same
 * spans of the year before, the open workload and its deadlines as of today, receipts per month and the outcome
 * mix. Counted from the application read model, by the same dates as table 三 (receipt date for 新收, closing date
 * for 办理结果).
 */
@JsonPropertyOrder({
    "agencyId",
    "agencyName",
    "scope",
    "today",
    "currentQuarter",
    "yearToDate",
    "open",
    "overdue",
    "dueThisWeek",
    "receiptsByMonth",
    "outcomesYearToDate",
    "previousYear"
})
record Dashboard(
        String agencyId,
        String agencyName,
        String scope,
        LocalDate today,
        Span currentQuarter,
        Span yearToDate,
        long open,
        long overdue,
        long dueThisWeek,
        List<Long> receiptsByMonth,
        Map<String, Long> outcomesYearToDate,
        Flows previousYear) {

    /**
     * Flows over one span of dates: applications received and closed in it, the closed ones by outcome group
     * (the blocks （一）…（六） of table 三, all six present).
     */
    @JsonPropertyOrder({"year", "quarter", "from", "to", "received", "closed", "closedByGroup"})
    record Span(
            int year,
            Integer quarter,
            LocalDate from,
            LocalDate to,
            long received,
            long closed,
            Map<String, Long> closedByGroup) {}

    /**
     * The flows of one quarter and of its year up to that quarter; for the year before the chosen one, so a reader
     * compares like with like (the same quarter, the same months) from one snapshot.
     */
    @JsonPropertyOrder({"quarter", "yearToDate", "receiptsByMonth", "outcomesYearToDate"})
    record Flows(Span quarter, Span yearToDate, List<Long> receiptsByMonth, Map<String, Long> outcomesYearToDate) {}
}
