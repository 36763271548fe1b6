package org.gongkai.command.clock;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday to Friday: the fallback for years without an announced holiday schedule. */
public final class WeekdaysOnly implements WorkingDays {

    @Override
    public LocalDate nthWorkingDayAfter(LocalDate day, int n) {
        LocalDate current = day;
        int counted = 0;
        while (counted < n) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }

    @Override
    public int countBetween(LocalDate start, LocalDate endInclusive) {
        int count = 0;
        for (LocalDate day = start; !day.isAfter(endInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
