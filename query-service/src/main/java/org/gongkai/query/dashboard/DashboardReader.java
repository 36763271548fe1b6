package org.gongkai.query.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.events.application.Outcome;
import org.gongkai.events.application.OutcomeGroup;
import org.gongkai.query.agency.AgencyTree;
import org.gongkai.query.statistics.Quarter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the dashboard from the application table in index-friendly aggregate queries. Every figure, the chosen
 * period's and the year before's alike, comes from one repeatable-read snapshot, so the quarter never disagrees
 * with the year to date and the comparison never with either.
 */
@Component
class DashboardReader {

    private final JdbcTemplate jdbc;

    DashboardReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Dashboard read(
            String agencyId,
            String agencyName,
            AgencyTree.Scope scope,
            Collection<String> agencyIds,
            Quarter chosen,
            LocalDate today) {
        String[] ids = agencyIds.toArray(String[]::new);
        // "This week" runs from today to Sunday: what is still to be answered before the week is out.
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        long[] stock = jdbc.queryForObject(
                """
                select count(*) filter (where outcome is null),
                       count(*) filter (where outcome is null and due_on < ?),
                       count(*) filter (where outcome is null and due_on between ? and ?)
                from application where agency_id = any(?)
                """, (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, today, today, sunday, ids);
        Dashboard.Flows flows = flows(ids, chosen);
        Dashboard.Flows previous = flows(ids, new Quarter(chosen.year() - 1, chosen.quarter()));
        return new Dashboard(
                agencyId,
                agencyName,
                scope.name().toLowerCase(Locale.ROOT),
                today,
                flows.quarter(),
                flows.yearToDate(),
                stock[0],
                stock[1],
                stock[2],
                flows.receiptsByMonth(),
                flows.outcomesYearToDate(),
                previous);
    }

    /** Receipts and outcomes of one quarter and of its year from 1 January to the quarter's end. */
    private Dashboard.Flows flows(String[] ids, Quarter quarter) {
        LocalDate yearStart = LocalDate.of(quarter.year(), 1, 1);
        LocalDate quarterEnd = quarter.end();
        long[] received = jdbc.queryForObject(
                """
                select count(*) filter (where received_on >= ?), count(*)
                from application where agency_id = any(?) and received_on between ? and ?
                """, (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, quarter.start(), ids, yearStart, quarterEnd);

        Map<String, Long> outcomesYear =
                zeroes(Arrays.stream(Outcome.values()).map(Enum::name).toList());
        Map<String, Long> groupsQuarter = zeroes(groups());
        Map<String, Long> groupsYear = zeroes(groups());
        jdbc.query(
                """
                select outcome, count(*) filter (where closed_on >= ?), count(*)
                from application
                where agency_id = any(?) and outcome is not null and closed_on between ? and ?
                group by outcome
                """,
                rs -> {
                    Outcome outcome = Outcome.valueOf(rs.getString(1));
                    String group = outcome.group().name();
                    outcomesYear.merge(outcome.name(), rs.getLong(3), Long::sum);
                    groupsQuarter.merge(group, rs.getLong(2), Long::sum);
                    groupsYear.merge(group, rs.getLong(3), Long::sum);
                },
                quarter.start(),
                ids,
                yearStart,
                quarterEnd);

        long[] months = new long[12];
        jdbc.query(
                """
                select extract(month from received_on)::int, count(*)
                from application where agency_id = any(?) and received_on between ? and ?
                group by 1
                """,
                rs -> {
                    months[rs.getInt(1) - 1] = rs.getLong(2);
                },
                ids,
                yearStart,
                quarterEnd);
        List<Long> receiptsByMonth = new ArrayList<>(12);
        Arrays.stream(months).forEach(receiptsByMonth::add);

        Dashboard.Span quarterSpan = new Dashboard.Span(
                quarter.year(),
                quarter.quarter(),
                quarter.start(),
                quarterEnd,
                received[0],
                sum(groupsQuarter),
                groupsQuarter);
        Dashboard.Span yearToDate = new Dashboard.Span(
                quarter.year(), null, yearStart, quarterEnd, received[1], sum(groupsYear), groupsYear);
        return new Dashboard.Flows(quarterSpan, yearToDate, receiptsByMonth, outcomesYear);
    }

    private static List<String> groups() {
        return Arrays.stream(OutcomeGroup.values()).map(Enum::name).toList();
    }

    private static Map<String, Long> zeroes(List<String> keys) {
        Map<String, Long> map = new LinkedHashMap<>();
        keys.forEach(k -> map.put(k, 0L));
        return map;
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
