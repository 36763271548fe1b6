package org.gongkai.query.publication;

import java.time.LocalDate;
import java.time.MonthDay;
import org.gongkai.events.agency.AgencyLevel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The day by which an agency publishes its report of a year (条例 Art. 49): 31 January of the next year for
 * government departments at county level and above; townships follow local deadlines, 15 February by default
 * [practice]. Both are configurable as month-day ({@code MM-dd}).
 */
@Component
public class ReportDeadlines {

    private final MonthDay countyAndAbove;
    private final MonthDay township;

    ReportDeadlines(
            @Value("${gongkai.report.deadline.county-and-above:01-31}") String countyAndAbove,
            @Value("${gongkai.report.deadline.township:02-15}") String township) {
        this.countyAndAbove = MonthDay.parse("--" + countyAndAbove);
        this.township = MonthDay.parse("--" + township);
    }

    /** The deadline of the report of {@code year}; an agency without a level is treated as county level. */
    public LocalDate deadline(AgencyLevel level, int year) {
        MonthDay day = level == AgencyLevel.TOWNSHIP ? township : countyAndAbove;
        return day.atYear(year + 1);
    }
}
