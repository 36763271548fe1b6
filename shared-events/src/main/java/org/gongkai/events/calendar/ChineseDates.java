package org.gongkai.events.calendar;

import java.time.LocalDate;

/** Dates as staff and applicants read them in notices: 2024年10月1日（星期二）. */
final class ChineseDates {

    private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    private ChineseDates() {}

    static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    static String dateWithWeekday(LocalDate date) {
        return date(date) + "（" + WEEKDAYS[date.getDayOfWeek().getValue() - 1] + "）";
    }

    static String range(LocalDate first, LocalDate last) {
        return first.equals(last) ? date(first) : date(first) + "至" + date(last);
    }
}
