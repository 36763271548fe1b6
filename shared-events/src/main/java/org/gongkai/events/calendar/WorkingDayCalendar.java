package org.gongkai.events.calendar;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Working days as the State Council General Office announces them each year: Monday to Friday, minus the announced
 * off days ({@link DayKind#HOLIDAY}), plus the announced make-up working weekends ({@link DayKind#WORKDAY}).
 *
 * <p>The schedule is data, not code (DOMAIN.md §7): the bundled {@code cn-holidays.csv} holds the official notices
 * for 2019–2026, and an operator can add a year or correct a date by dropping CSV files of the same format into a
 * directory named by {@value #DIRECTORY_PROPERTY} / {@value #DIRECTORY_VARIABLE} and restarting the service — no
 * rebuild. Later sources override earlier ones date by date (files in a directory are read in file-name order).
 *
 * <p>A year counts as covered when its schedule holds 1 January as {@code HOLIDAY}: every annual notice starts with
 * 元旦, while a notice's spill-over into the previous year (e.g. 2018-12-29 to 31 from the 2019 notice) does not make
 * that year covered. An uncovered year gets a provisional schedule: the statutory days of 《全国年节及纪念日放假办法》
 * ({@link StatutoryHolidays}) off, every other weekday working, no make-up weekends (none is known before the notice).
 * Lines of the loaded schedule still win date by date. Callers can tell by {@link #covers(int)} (ADR 0022).
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkingDayCalendar {

    /** System property naming a directory (or one file) of operator schedule CSVs. */
    public static final String DIRECTORY_PROPERTY = "gongkai.calendar.dir";
    /** Environment variable read when the system property is absent. */
    public static final String DIRECTORY_VARIABLE = "GONGKAI_CALENDAR_DIR";
    /** Classpath location of the bundled official schedule. */
    public static final String BUNDLED_RESOURCE = "/org/gongkai/events/calendar/cn-holidays.csv";

    // Guards the loops below against an operator file that would make every day a holiday.
    private static final int MAX_CALENDAR_DAYS_SEARCHED = 3660;

    private final NavigableMap<LocalDate, ScheduledDay> schedule;
    private final SortedSet<Integer> coveredYears;
    // Provisional years are unbounded, so they are computed when first asked for (ICU4J is not free to call).
    private final Map<Integer, NavigableMap<LocalDate, ScheduledDay>> provisional = new ConcurrentHashMap<>();

    private WorkingDayCalendar(List<ScheduledDay> days) {
        TreeMap<LocalDate, ScheduledDay> byDate = new TreeMap<>();
        days.forEach(day -> byDate.put(day.date(), day));
        this.schedule = Collections.unmodifiableNavigableMap(byDate);
        TreeSet<Integer> years = new TreeSet<>();
        byDate.values().stream()
                .filter(day -> day.kind() == DayKind.HOLIDAY
                        && MonthDay.from(day.date()).equals(MonthDay.of(1, 1)))
                .forEach(day -> years.add(day.date().getYear()));
        this.coveredYears = Collections.unmodifiableSortedSet(years);
    }

    /** The bundled official schedule only. */
    public static WorkingDayCalendar official() {
        return withOperatorFiles(List.of());
    }

    /** The bundled schedule, then each file in order; a later file's line replaces an earlier line of the same date. */
    public static WorkingDayCalendar withOperatorFiles(List<Path> files) {
        List<ScheduledDay> days = new ArrayList<>(ScheduleCsv.bundled());
        files.forEach(file -> days.addAll(ScheduleCsv.readFile(file)));
        return new WorkingDayCalendar(days);
    }

    /** The bundled schedule plus every {@code *.csv} in {@code directory} (or that one file), in file-name order. */
    public static WorkingDayCalendar withOperatorDirectory(Path directory) {
        return withOperatorFiles(ScheduleCsv.csvFilesIn(directory));
    }

    /**
     * The calendar a service should use: the bundled schedule plus the operator directory named by system property
     * {@value #DIRECTORY_PROPERTY}, else environment variable {@value #DIRECTORY_VARIABLE}; the bundled schedule
     * alone when neither is set. A directory that is named but missing fails fast rather than silently ignoring
     * the operator's corrections.
     */
    public static WorkingDayCalendar fromEnvironment() {
        String directory =
                Optional.ofNullable(System.getProperty(DIRECTORY_PROPERTY)).orElse(System.getenv(DIRECTORY_VARIABLE));
        return directory == null || directory.isBlank()
                ? official()
                : withOperatorDirectory(Path.of(directory.strip()));
    }

    public boolean isWorkingDay(LocalDate date) {
        ScheduledDay scheduled = scheduled(date).orElse(null);
        if (scheduled != null) {
            return scheduled.isWorkingDay();
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The provisional days off of an uncovered {@code year} (empty for a covered one), by date. */
    public List<ScheduledDay> provisionalDays(int year) {
        return List.copyOf(provisionalYear(year).values());
    }

    private NavigableMap<LocalDate, ScheduledDay> provisionalYear(int year) {
        if (covers(year)) {
            return Collections.emptyNavigableMap();
        }
        return provisional.computeIfAbsent(year, y -> {
            TreeMap<LocalDate, ScheduledDay> days = new TreeMap<>();
            StatutoryHolidays.of(y).forEach(day -> days.putIfAbsent(day.date(), day));
            return Collections.unmodifiableNavigableMap(days);
        });
    }

    /** Years with an official schedule, ascending. */
    public SortedSet<Integer> coveredYears() {
        return coveredYears;
    }

    /** False when dates of {@code year} are counted as plain weekdays because no schedule was announced or loaded. */
    public boolean covers(int year) {
        return coveredYears.contains(year);
    }

    /** What the schedule says about {@code date}, if anything: a loaded line, else a provisional day off. */
    public Optional<ScheduledDay> scheduled(LocalDate date) {
        ScheduledDay loaded = schedule.get(date);
        return loaded != null
                ? Optional.of(loaded)
                : Optional.ofNullable(provisionalYear(date.getYear()).get(date));
    }

    /** Schedule lines (loaded or provisional) dated after {@code fromExclusive} up to and including {@code toInclusive}, by date. */
    public List<ScheduledDay> scheduledBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (!toInclusive.isAfter(fromExclusive)) {
            return List.of();
        }
        TreeMap<LocalDate, ScheduledDay> days = new TreeMap<>();
        for (int year = fromExclusive.getYear(); year <= toInclusive.getYear(); year++) {
            days.putAll(provisionalYear(year).subMap(fromExclusive, false, toInclusive, true));
        }
        days.putAll(schedule.subMap(fromExclusive, false, toInclusive, true));
        return List.copyOf(days.values());
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate day = date.plusDays(1);
        for (int searched = 0; !isWorkingDay(day); searched++) {
            if (searched > MAX_CALENDAR_DAYS_SEARCHED) {
                throw new IllegalStateException("no working day within ten years after " + date);
            }
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * Working day number {@code n} counting from the day after {@code date}: {@code plusWorkingDays(d, 1)} is the
     * first working day after {@code d}; {@code n = 0} returns {@code date} itself.
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate day = date;
        for (int i = 0; i < n; i++) {
            day = nextWorkingDay(day);
        }
        return day;
    }

    /** Working days in {@code [first, last]}, both included; 0 when {@code last} is before {@code first}. */
    public int workingDaysIn(LocalDate first, LocalDate last) {
        if (last.isBefore(first)) {
            return 0;
        }
        try (Stream<LocalDate> days = first.datesUntil(last.plusDays(1))) {
            return (int) days.filter(this::isWorkingDay).count();
        }
    }

    /**
     * Signed working days from {@code from} to {@code to}: the working days in {@code (from, to]} when {@code to} is
     * not before {@code from}, otherwise minus the working days in {@code (to, from]}. With {@code from} = today and
     * {@code to} = the due date this is "working days left": 0 on the due day, negative when overdue. On a
     * non-working day right after the due date it is still 0, so ask {@code today.isAfter(dueOn)} for "overdue".
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return to.isBefore(from) ? -workingDaysIn(to.plusDays(1), from) : workingDaysIn(from.plusDays(1), to);
    }
}
