package org.gongkai.query.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
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
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the dashboard from the application table in three index-friendly aggregate queries. Every figure comes
 * from one repeatable-read snapshot, so the quarter never disagrees with the year to date.
 */
@Component
class DashboardReader {

    private final JdbcTemplate jdbc;

    DashboardReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public Dashboard read(String agencyId, AgencyTree.Scope scope, Collection<String> agencyIds, LocalDate today) {
        String[] ids = agencyIds.toArray(String[]::new);
        Quarter quarter = Quarter.of(today);
        LocalDate yearStart = LocalDate.of(today.getYear(), 1, 1);
        LocalDate quarterEnd = quarter.end();
        // "This week" runs from today to Sunday: what is still to be answered before the week is out.
        LocalDate sunday = today.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));

        long[] stock = jdbc.queryForObject(
                """
                select count(*) filter (where outcome is null),
                       count(*) filter (where outcome is null and due_on < ?),
                       count(*) filter (where outcome is null and due_on between ? and ?),
                       count(*) filter (where received_on between ? and ?),
                       count(*) filter (where received_on between ? and ?)
                from application where agency_id = any(?)
                """,
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)},
                today,
                today,
                sunday,
                quarter.start(),
                quarterEnd,
                yearStart,
                quarterEnd,
                ids);

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
                LocalDate.of(today.getYear(), 12, 31));
        List<Long> receiptsByMonth = new ArrayList<>(12);
        Arrays.stream(months).forEach(receiptsByMonth::add);

        Dashboard.Span currentQuarter = new Dashboard.Span(
                quarter.year(),
                quarter.quarter(),
                quarter.start(),
                quarterEnd,
                stock[3],
                sum(groupsQuarter),
                groupsQuarter);
        Dashboard.Span yearToDate =
                new Dashboard.Span(today.getYear(), null, yearStart, quarterEnd, stock[4], sum(groupsYear), groupsYear);
        return new Dashboard(
                agencyId,
                scope.name().toLowerCase(Locale.ROOT),
                today,
                currentQuarter,
                yearToDate,
                stock[0],
                stock[1],
                stock[2],
                receiptsByMonth,
                outcomesYear);
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
