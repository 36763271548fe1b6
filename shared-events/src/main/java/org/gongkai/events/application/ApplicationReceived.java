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
 * <p>{@code applicantPseudonym} (optional, added by branch letters, issue 16; null in facts recorded before it and
 * whenever no applicant key was given): a keyed HMAC-SHA256 of the applicant's normalised ID number or unified
 * social credit code (ADR 0029), never the key itself. It counts one applicant's applications for the
 * per-application fee and recognises a repeat applicant; it cannot be turned back into the key without the
 * deployment's secret.
 *
 * <p>Version 1. {@code caseNumber} and {@code applicantPseudonym} were added as optional fields: null in payloads
 * recorded before them.
 */
public record ApplicationReceived(
        String applicationId,
        String agencyId,
        LocalDate receivedOn,
        Channel channel,
        ApplicantType applicantType,
        String subject,
        LocalDate dueOn,
        String caseNumber,
        String applicantPseudonym)
        implements ApplicationEvent {

    /** An application without a case number or an applicant key, as recorded before either existed. */
    public ApplicationReceived(
            String applicationId,
            String agencyId,
            LocalDate receivedOn,
            Channel channel,
            ApplicantType applicantType,
            String subject,
            LocalDate dueOn) {
        this(applicationId, agencyId, receivedOn, channel, applicantType, subject, dueOn, null, null);
    }

    /** An application with its case number and no applicant key. */
    public ApplicationReceived(
            String applicationId,
            String agencyId,
            LocalDate receivedOn,
            Channel channel,
            ApplicantType applicantType,
            String subject,
            LocalDate dueOn,
            String caseNumber) {
        this(applicationId, agencyId, receivedOn, channel, applicantType, subject, dueOn, caseNumber, null);
    }
}
