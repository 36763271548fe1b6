package org.gongkai.query.dashboard;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a supervisor watches during the year: the current quarter and the year to date, the open workload and its
 * deadlines, receipts per month and the outcome mix. Counted from the application read model, by the same dates
 * as table 三 (receipt date for 新收, closing date for 办理结果).
 */
@JsonPropertyOrder({
    "agencyId",
    "scope",
    "today",
    "currentQuarter",
    "yearToDate",
    "open",
    "overdue",
    "dueThisWeek",
    "receiptsByMonth",
    "outcomesYearToDate"
})
record Dashboard(
        String agencyId,
        String scope,
        LocalDate today,
        Span currentQuarter,
        Span yearToDate,
        long open,
        long overdue,
        long dueThisWeek,
        List<Long> receiptsByMonth,
        Map<String, Long> outcomesYearToDate) {

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
}
