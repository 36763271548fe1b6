package org.gongkai.events.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a schedule file: a date the official notice takes out of, or puts into, the working week.
 *
 * @param date     the date
 * @param kind     {@link DayKind#HOLIDAY} or {@link DayKind#WORKDAY}
 * @param festival the festival named by the notice, e.g. 国庆节
 * @param notice   the notice that announced it, e.g. 国办发明电〔2023〕7号
 */
public record ScheduledDay(LocalDate date, DayKind kind, String festival, String notice) {

    public ScheduledDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        festival = festival == null ? "" : festival;
        notice = notice == null ? "" : notice;
    }

    public boolean isWorkingDay() {
        return kind == DayKind.WORKDAY;
    }

    /** True for a day computed from the statute for a year without a loaded notice ({@link StatutoryHolidays}). */
    public boolean isProvisional() {
        return notice.equals(StatutoryHolidays.PROVISIONAL_NOTICE);
    }
}
