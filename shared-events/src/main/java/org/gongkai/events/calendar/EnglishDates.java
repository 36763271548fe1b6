package org.gongkai.events.calendar;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

/** Dates and festival names for explanations read in English: ISO dates, short weekday. */
final class EnglishDates {

    private static final Map<String, String> FESTIVALS = Map.of(
            "元旦", "New Year's Day",
            "春节", "Spring Festival",
            "清明节", "Qingming Festival",
            "劳动节", "Labour Day",
            "端午节", "Dragon Boat Festival",
            "中秋节", "Mid-Autumn Festival",
            "国庆节", "National Day",
            "中秋节、国庆节", "Mid-Autumn Festival and National Day");

    private EnglishDates() {}

    static String withWeekday(LocalDate date) {
        return date + " (" + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + ")";
    }

    static String range(LocalDate first, LocalDate last) {
        return first.equals(last) ? first.toString() : first + " to " + last;
    }

    /** The English name of a festival the notices name; an unknown name is kept as written. */
    static String festival(String chinese) {
        return FESTIVALS.getOrDefault(chinese, chinese);
    }
}
