package org.gongkai.query.dashboard;

import java.time.LocalDate;
import java.util.Map;
import org.gongkai.query.agency.InvalidParameter;
import org.gongkai.query.statistics.Quarter;

/**
 * The quarter a dashboard is read for, from {@code ?year=&quarter=}: today's quarter when neither is given, the
 * last quarter of an earlier year when only the year is, and never a quarter that has not begun (its figures would
 * be zeros that look like facts).
 */
final class DashboardPeriod {

    /** The 2019 regulation's first reporting year, as for the annual report (ReportService.FIRST_YEAR). */
    static final int FIRST_YEAR = 2019;

    private DashboardPeriod() {}

    static Quarter chosen(String year, String quarter, LocalDate today) {
        Quarter current = Quarter.of(today);
        if (blank(year)) {
            if (!blank(quarter)) {
                throw new InvalidParameter(
                        "year",
                        "QuarterWithoutYear: give the year of the quarter",
                        "",
                        "problem.QuarterWithoutYear",
                        Map.of());
            }
            return current;
        }
        int y = number("year", year, FIRST_YEAR, today.getYear());
        if (blank(quarter)) {
            return y == current.year() ? current : new Quarter(y, 4);
        }
        int q = number("quarter", quarter, 1, 4);
        Quarter chosen = new Quarter(y, q);
        if (chosen.compareTo(current) > 0) {
            String last = current.year() + "-Q" + current.quarter();
            throw new InvalidParameter(
                    "quarter",
                    "QuarterNotBegun: must not be after " + last,
                    q,
                    "problem.QuarterNotBegun",
                    Map.of("last", last));
        }
        return chosen;
    }

    private static int number(String field, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below like a number out of range
        }
        throw new InvalidParameter(field, "must be a whole number from " + min + " to " + max, value);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
