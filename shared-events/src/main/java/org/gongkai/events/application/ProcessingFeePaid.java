package org.gongkai.events.application;

import java.time.LocalDate;

/**
 * The applicant paid the notified information-processing fee. The time from the notice through the payment does
 * not count toward the answer period (国办函〔2020〕109号, ADR 0030), so {@code dueOn} is the due date in force once
 * paid.
 *
 * <p>Version 1. {@code dueOn} was added later as an optional field: payloads recorded before it read as
 * {@code null} ("the due date did not move"), which is what the clock then said.
 */
public record ProcessingFeePaid(String applicationId, LocalDate paidOn, LocalDate dueOn) implements ApplicationEvent {

    /** A payment whose due date is not stated (as recorded before the fee paused the clock). */
    public ProcessingFeePaid(String applicationId, LocalDate paidOn) {
        this(applicationId, paidOn, null);
    }
}
