package org.gongkai.events.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The statutory clock of 条例 Art. 30–35 over a {@link WorkingDayCalendar}: due dates of answers, supplements and
 * fee payments, each counted as "working day N after the day of the triggering fact" (DOMAIN.md §7).
 *
 * <p>Immutable and thread-safe; build one per calendar and share it.
 */
public final class StatutoryClock {

    /** 条例 Art. 33 para. 1: answer within 20 working days of receipt; day 1 is the first working day after it. */
    public static final int ANSWER_WORKING_DAYS = 20;
    /** 条例 Art. 33 para. 1: an extension adds at most 20 working days in total. */
    public static final int MAX_EXTENSION_WORKING_DAYS = 20;
    /** 条例 Art. 30: a supplement must be requested within 7 working days of receipt. */
    public static final int SUPPLEMENT_REQUEST_WORKING_DAYS = 7;
    /**
     * 条例 Art. 30 asks for a "reasonable" supplement deadline without a number. When the agency names none we use
     * 15 working days after the request: the period Art. 32 gives a consulted third party, and the figure local
     * implementing rules commonly choose; short enough that an abandoned request closes within a month.
     */
    public static final int DEFAULT_SUPPLEMENT_WORKING_DAYS = 15;
    /** 国办函〔2020〕109号: the applicant pays within 20 working days, counted from the day after the notice. */
    public static final int FEE_PAYMENT_WORKING_DAYS = 20;

    private final WorkingDayCalendar calendar;

    public StatutoryClock(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /**
     * The due date of an answer and how it came about. {@code history} starts with the one
     * {@link ClockFact.Received} and lists the other facts in the order they happened.
     *
     * @throws IllegalArgumentException when the history cannot have happened (no receipt first, a supplement that
     *                                  was never requested, a consultation ending before it started, a fact before
     *                                  the receipt date); the aggregate rejects such commands before they get here
     */
    public DueDate dueDate(List<? extends ClockFact> history) {
        if (history.isEmpty() || !(history.get(0) instanceof ClockFact.Received receipt)) {
            throw new IllegalArgumentException("a clock history starts with the receipt: " + history);
        }
        ClockRun run = new ClockRun(calendar, receipt);
        history.stream().skip(1).forEach(run::apply);
        return run.result();
    }

    /** The due date of an application received on {@code receivedOn} with nothing else happening yet. */
    public LocalDate answerDueOn(LocalDate receivedOn) {
        return calendar.plusWorkingDays(receivedOn, ANSWER_WORKING_DAYS);
    }

    /** The last day on which a supplement may be requested (条例 Art. 30). */
    public LocalDate lastSupplementRequestDay(LocalDate receivedOn) {
        return calendar.plusWorkingDays(receivedOn, SUPPLEMENT_REQUEST_WORKING_DAYS);
    }

    /** The applicant's supplement deadline when the agency set none, see {@link #DEFAULT_SUPPLEMENT_WORKING_DAYS}. */
    public LocalDate defaultSupplementDueOn(LocalDate requestedOn) {
        return calendar.plusWorkingDays(requestedOn, DEFAULT_SUPPLEMENT_WORKING_DAYS);
    }

    /** The last day to pay a processing fee notified on {@code noticeIssuedOn}: working day 20 after it. */
    public LocalDate paymentDueOn(LocalDate noticeIssuedOn) {
        return calendar.plusWorkingDays(noticeIssuedOn, FEE_PAYMENT_WORKING_DAYS);
    }

    /** Working days left until {@code dueOn}: 0 on the due day, negative when overdue (see the calendar's rule). */
    public int workingDaysLeft(LocalDate today, LocalDate dueOn) {
        return calendar.workingDaysBetween(today, dueOn);
    }

    /** Extension working days granted in {@code history}. */
    public static int extensionDaysGranted(List<? extends ClockFact> history) {
        return history.stream()
                .filter(ClockFact.ExtensionGranted.class::isInstance)
                .mapToInt(fact -> ((ClockFact.ExtensionGranted) fact).workingDays())
                .sum();
    }

    /**
     * Extension working days that may still be granted; negative when the cap is already broken. A command for
     * {@code n} more days breaks 条例 Art. 33 when {@code n > remainingExtensionDays(history)}.
     */
    public static int remainingExtensionDays(List<? extends ClockFact> history) {
        return MAX_EXTENSION_WORKING_DAYS - extensionDaysGranted(history);
    }
}
