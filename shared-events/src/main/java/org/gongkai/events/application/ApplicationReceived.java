package org.gongkai.events.application;

import java.time.LocalDate;

/**
 * An agency received a disclosure application on its receipt date (条例 Art. 31). Carries no personal data of the
 * applicant: the subject is what is asked for, never who asks. {@code dueOn} is the statutory answer date computed
 * with the working-day calendar in force when the fact was recorded.
 *
 * <p>{@code caseNumber} is the number a person can say and write on a file folder (e.g. {@code 库普〔2026〕第12号}),
 * unique per agency and receipt year, allocated by the command side when the fact is recorded (ADR 0034). The id
 * stays the key.
 *
 * <p>Version 1. {@code caseNumber} was added as an optional field (issue 20): null in payloads recorded before it.
 */
public record ApplicationReceived(
        String applicationId,
        String agencyId,
        LocalDate receivedOn,
        Channel channel,
        ApplicantType applicantType,
        String subject,
        LocalDate dueOn,
        String caseNumber)
        implements ApplicationEvent {

    /** An application without a case number, as recorded before numbers were allocated. */
    public ApplicationReceived(
            String applicationId,
            String agencyId,
            LocalDate receivedOn,
            Channel channel,
            ApplicantType applicantType,
            String subject,
            LocalDate dueOn) {
        this(applicationId, agencyId, receivedOn, channel, applicantType, subject, dueOn, null);
    }
}
