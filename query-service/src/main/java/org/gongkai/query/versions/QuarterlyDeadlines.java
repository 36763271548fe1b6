package org.gongkai.query.versions;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.query.statistics.Quarter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The day by which an agency submits its quarterly statistics: a local rule, not a national one (DOMAIN.md §1;
 * e.g. Anhui asks between the 5th and the 15th), so each agency may have its own day of the month after the
 * quarter ({@code QuarterlyDeadlineSet}); the default is {@code gongkai.statistics.deadline-day}, the 8th.
 * The day is a calendar day as the local rules state it, not moved off weekends.
 */
@Component
public class QuarterlyDeadlines {

    private final JdbcTemplate jdbc;
    private final int defaultDay;

    QuarterlyDeadlines(JdbcTemplate jdbc, @Value("${gongkai.statistics.deadline-day:8}") int defaultDay) {
        if (defaultDay < 1 || defaultDay > 28) {
            throw new IllegalArgumentException("gongkai.statistics.deadline-day must be 1–28, was " + defaultDay);
        }
        this.jdbc = jdbc;
        this.defaultDay = defaultDay;
    }

    public LocalDate deadline(String agencyId, int year, int quarter) {
        return deadline(day(agencyId), year, quarter);
    }

    /** The day of the month this agency uses: its own if set, else the default. */
    public int day(String agencyId) {
        List<Integer> day = jdbc.queryForList(
                "select day_of_month from quarterly_deadline where agency_id = ?", Integer.class, agencyId);
        return day.isEmpty() ? defaultDay : day.get(0);
    }

    public int defaultDay() {
        return defaultDay;
    }

    public static LocalDate deadline(int dayOfMonth, int year, int quarter) {
        return new Quarter(year, quarter).end().plusDays(1).withDayOfMonth(dayOfMonth);
    }
}
