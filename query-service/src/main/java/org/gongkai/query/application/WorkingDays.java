package org.gongkai.query.application;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days left until a due date. Plain weekdays for now: the statutory calendar with holidays and make-up
 * working weekends (DOMAIN.md §7) belongs in the contract, and the due dates themselves already come from the
 * command side, which applies it.
 */
final class WorkingDays {

    private WorkingDays() {
    }

    /** Weekdays after {@code today} up to and including {@code due}; negative (weekdays overdue) when past. */
    static long between(LocalDate today, LocalDate due) {
        if (due.isBefore(today)) {
            return -between(due, today);
        }
        long days = 0;
        for (LocalDate day = today.plusDays(1); !day.isAfter(due); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }
}
