package org.gongkai.query.statistics;

import java.time.LocalDate;

/**
 * A reporting period: one quarter or the four quarters of a year. Flows (receipts, outcomes) are summed over its
 * quarters; the opening stock is that of its first quarter and the closing stock that of its last, which is
 * exactly DOMAIN.md §6.8 for a year.
 */
public record Period(Quarter first, Quarter last) {

    public static Period year(int year) {
        return new Period(new Quarter(year, 1), new Quarter(year, 4));
    }

    public static Period quarter(int year, int quarter) {
        Quarter q = new Quarter(year, quarter);
        return new Period(q, q);
    }

    public boolean annual() {
        return !first.equals(last);
    }

    public LocalDate start() {
        return first.start();
    }

    public LocalDate end() {
        return last.end();
    }

    /** The period of the same length just before this one (last year, or the quarter before). */
    public Period previous() {
        return annual() ? year(first.year() - 1) : new Period(first.previous(), first.previous());
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }
}
