package org.gongkai.events.calendar;

import com.ibm.icu.impl.CalendarAstronomer;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.JulianFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The statutory holidays of 《全国年节及纪念日放假办法》 for a year, computed rather than announced: what every
 * annual notice must at least take off, whatever make-up weekends it adds. They stand in for the notice of a year
 * that has none yet ({@link WorkingDayCalendar}, ADR 0022).
 *
 * <p>Two versions of the rules: the 2013 revision (in force 2014–2024: 春节 正月初一 to 初三, 劳动节 1 May only) and the
 * 2024 revision in force from 1 January 2025 (国务院令第795号: 春节 adds 农历除夕, 劳动节 adds 2 May). Years before 2014
 * get none: the 2007 rules differ again and no business date of this service lies there.
 *
 * <p>Lunar dates come from ICU4J's {@link ChineseCalendar}; the 清明 solar term from ICU4J's astronomical model (the
 * one {@code ChineseCalendar} itself places leap months with), as the instant the sun reaches ecliptic longitude 15°,
 * dated in China Standard Time.
 */
public final class StatutoryHolidays {

    /** The first year of the 2024 revision's rules. */
    public static final int REVISION_2025 = 2025;
    /** The first year with rules known here. */
    public static final int FIRST_YEAR = 2014;
    /** The notice a computed day names, in schedule lines and in the due-date explanation. */
    public static final String PROVISIONAL_NOTICE = "《全国年节及纪念日放假办法》，暂定";

    /**
     * Lunar months whose first day ICU4J 79.1 dates one day off the official calendar (GB/T 33661-2017 as published by
     * the Purple Mountain Observatory): ICU's approximate new moon falls on the other side of Beijing midnight when
     * the true one lies within minutes of it. 2027: new moon 6 February 23:56 CST, 春节 is 6 February, ICU says the
     * 7th; 2030: new moon 3 February 00:07 CST, 春节 is 3 February, ICU says the 2nd. Key: year and lunar month;
     * value: days to add to ICU's date. A test fails when ICU stops needing an entry.
     */
    static final Map<String, Integer> MONTH_START_CORRECTIONS = Map.of("2027-1", -1, "2030-1", 1);

    private static final ZoneOffset CHINA_STANDARD_TIME = ZoneOffset.ofHours(8);
    private static final double QINGMING_LONGITUDE = Math.toRadians(15);

    private StatutoryHolidays() {}

    /** The statutory days off of {@code year} under the rules in force that year, by date; empty before 2014. */
    public static List<ScheduledDay> of(int year) {
        if (year < FIRST_YEAR) {
            return List.of();
        }
        boolean revised = year >= REVISION_2025;
        List<ScheduledDay> days = new ArrayList<>();
        add(days, "元旦", LocalDate.of(year, 1, 1));
        LocalDate springFestival = lunar(year, 1, 1);
        if (revised) {
            add(days, "春节", springFestival.minusDays(1));
        }
        for (int i = 0; i < 3; i++) {
            add(days, "春节", springFestival.plusDays(i));
        }
        add(days, "清明节", qingming(year));
        add(days, "劳动节", LocalDate.of(year, 5, 1));
        if (revised) {
            add(days, "劳动节", LocalDate.of(year, 5, 2));
        }
        add(days, "端午节", lunar(year, 5, 5));
        add(days, "中秋节", lunar(year, 8, 15));
        for (int day = 1; day <= 3; day++) {
            add(days, "国庆节", LocalDate.of(year, 10, day));
        }
        days.sort(Comparator.comparing(ScheduledDay::date));
        return List.copyOf(days);
    }

    private static void add(List<ScheduledDay> days, String festival, LocalDate date) {
        days.add(new ScheduledDay(date, DayKind.HOLIDAY, festival, PROVISIONAL_NOTICE));
    }

    /**
     * Day {@code day} of lunar month {@code month} (never a leap month) of the Chinese year that begins in Gregorian
     * {@code year}: the Chinese year holding 1 July of a Gregorian year began in its January or February.
     */
    static LocalDate lunar(int year, int month, int day) {
        return icuLunar(year, month, day).plusDays(MONTH_START_CORRECTIONS.getOrDefault(year + "-" + month, 0));
    }

    /** What ICU4J alone answers for {@link #lunar}. */
    static LocalDate icuLunar(int year, int month, int day) {
        ChineseCalendar chinese = new ChineseCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        chinese.clear();
        chinese.set(Calendar.JULIAN_DAY, (int) LocalDate.of(year, 7, 1).getLong(JulianFields.JULIAN_DAY));
        int extendedYear = chinese.get(Calendar.EXTENDED_YEAR);
        chinese.clear();
        chinese.set(Calendar.EXTENDED_YEAR, extendedYear);
        chinese.set(Calendar.MONTH, month - 1);
        chinese.set(ChineseCalendar.IS_LEAP_MONTH, 0);
        chinese.set(Calendar.DAY_OF_MONTH, day);
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, chinese.get(Calendar.JULIAN_DAY));
    }

    /** The date in China of the 清明 solar term of {@code year}. */
    static LocalDate qingming(int year) {
        long marchFirst = LocalDate.of(year, 3, 1)
                .atStartOfDay(CHINA_STANDARD_TIME)
                .toInstant()
                .toEpochMilli();
        long instant = new CalendarAstronomer(marchFirst).getSunTime(QINGMING_LONGITUDE, true);
        return Instant.ofEpochMilli(instant).atOffset(CHINA_STANDARD_TIME).toLocalDate();
    }
}
