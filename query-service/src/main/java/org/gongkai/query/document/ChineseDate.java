package org.gongkai.query.document;

import java.time.LocalDate;

/** Dates as official documents print them: 2022年1月20日 (no leading zeros). */
final class ChineseDate {

    private ChineseDate() {}

    static String of(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
