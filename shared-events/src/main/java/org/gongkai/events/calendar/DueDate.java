package org.gongkai.events.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The statutory clock's answer for one application history.
 *
 * @param status               whether the clock runs; only {@link ClockStatus#RUNNING} states a due date
 * @param dueOn                the due date when running, else {@code null}
 * @param supplementDueOn      while {@link ClockStatus#AWAITING_SUPPLEMENT}: the applicant's deadline, else {@code null}
 * @param countedFrom          the receipt date, or the date the last supplement arrived (day 1 is the next working day)
 * @param extensionDaysGranted working days of extension granted so far (at most
 *                             {@value StatutoryClock#MAX_EXTENSION_WORKING_DAYS} are allowed; callers enforce it)
 * @param yearsWithoutSchedule years the counted span reaches that have no official schedule (counted as weekdays)
 * @param explanation          how the answer came about
 */
public record DueDate(
        ClockStatus status,
        LocalDate dueOn,
        LocalDate supplementDueOn,
        LocalDate countedFrom,
        int extensionDaysGranted,
        List<Integer> yearsWithoutSchedule,
        Explanation explanation) {

    public DueDate {
        yearsWithoutSchedule = List.copyOf(yearsWithoutSchedule);
    }

    /** The due date, empty while the clock is stopped or a consultation is open. */
    public Optional<LocalDate> due() {
        return Optional.ofNullable(dueOn);
    }

    public boolean isPending() {
        return status != ClockStatus.RUNNING;
    }

    /** True when part of the count rests on plain weekdays because a year has no official schedule. */
    public boolean usesWeekdayFallback() {
        return !yearsWithoutSchedule.isEmpty();
    }

    /** True when the supplement was requested later than 条例 Art. 30 allows (recorded, but a breach). */
    public boolean supplementRequestedLate() {
        return explanation.steps().stream().anyMatch(ClockStep.SupplementRequestLate.class::isInstance);
    }

    /** Working days that may still be granted as extension; negative when the cap was already broken. */
    public int remainingExtensionDays() {
        return StatutoryClock.MAX_EXTENSION_WORKING_DAYS - extensionDaysGranted;
    }
}
