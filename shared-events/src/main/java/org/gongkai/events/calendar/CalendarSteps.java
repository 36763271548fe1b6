package org.gongkai.events.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The calendar's part of an explanation: which announced days and which unscheduled years a counted span crosses. */
final class CalendarSteps {

    private CalendarSteps() {}

    /** Steps for the span {@code (fromExclusive, toInclusive]}, in date order. */
    static List<ClockStep> crossed(WorkingDayCalendar calendar, LocalDate fromExclusive, LocalDate toInclusive) {
        List<ClockStep> steps = new ArrayList<>(unscheduledYears(calendar, fromExclusive, toInclusive));
        List<ScheduledDay> run = new ArrayList<>();
        for (ScheduledDay day : calendar.scheduledBetween(fromExclusive, toInclusive)) {
            if (!run.isEmpty() && !continues(run.get(run.size() - 1), day)) {
                steps.add(step(run));
                run.clear();
            }
            run.add(day);
        }
        if (!run.isEmpty()) {
            steps.add(step(run));
        }
        return steps;
    }

    static List<ClockStep> unscheduledYears(
            WorkingDayCalendar calendar, LocalDate fromExclusive, LocalDate toInclusive) {
        List<ClockStep> steps = new ArrayList<>();
        LocalDate first = fromExclusive.plusDays(1);
        for (int year = first.getYear(); year <= toInclusive.getYear(); year++) {
            if (!calendar.covers(year)) {
                LocalDate newYear = LocalDate.of(year, 1, 1);
                steps.add(new ClockStep.NoOfficialSchedule(newYear.isAfter(first) ? newYear : first, year));
            }
        }
        return steps;
    }

    // One notice line per date would bury the reader in seven identical National Day lines.
    private static boolean continues(ScheduledDay previous, ScheduledDay next) {
        return next.date().equals(previous.date().plusDays(1))
                && next.kind() == previous.kind()
                && next.festival().equals(previous.festival())
                && next.notice().equals(previous.notice());
    }

    private static ClockStep step(List<ScheduledDay> run) {
        ScheduledDay first = run.get(0);
        LocalDate last = run.get(run.size() - 1).date();
        if (first.kind() == DayKind.WORKDAY) {
            return new ClockStep.MakeUpWorkdaysCounted(first.date(), last, first.festival(), first.notice());
        }
        int weekdays = (int) run.stream()
                .map(ScheduledDay::date)
                .filter(CalendarSteps::isWeekday)
                .count();
        return new ClockStep.HolidaysSkipped(first.date(), last, first.festival(), first.notice(), weekdays);
    }

    private static boolean isWeekday(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
