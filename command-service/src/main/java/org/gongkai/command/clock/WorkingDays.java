package org.gongkai.command.clock;

import java.time.LocalDate;

/**
 * Working-day arithmetic of the statutory clock (DOMAIN.md §7): weekends and announced holidays are skipped,
 * announced make-up working weekends count.
 */
public interface WorkingDays {

    /** The n-th working day after {@code day} (day 1 is the first working day after it). */
    LocalDate nthWorkingDayAfter(LocalDate day, int n);

    /** How many working days lie in [start, end], both included. */
    int countBetween(LocalDate start, LocalDate endInclusive);
}
