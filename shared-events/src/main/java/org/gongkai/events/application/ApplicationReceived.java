package org.gongkai.events.application;

import java.time.LocalDate;

/**
 * An agency received a disclosure application on its receipt date (条例 Art. 31). Carries no personal data of the
 * applicant: the subject is what is asked for, never who asks. {@code dueOn} is the statutory answer date computed
 * with the working-day calendar in force when the fact was recorded.
 *
 * <p>{@code applicantPseudonym} (optional, added by branch letters, issue 16; null in facts recorded before it and
 * whenever no applicant key was given): a keyed HMAC-SHA256 of the applicant's normalised ID number or unified
 * social credit code (ADR 0029), never the key itself. It counts one applicant's applications for the
 * per-application fee and recognises a repeat applicant; it cannot be turned back into the key without the
 * deployment's secret.
 *
 * <p>Version 1.
 */
public record ApplicationReceived(
        String applicationId,
        String agencyId,
        LocalDate receivedOn,
        Channel channel,
        ApplicantType applicantType,
        String subject,
        LocalDate dueOn,
        String applicantPseudonym)
        implements ApplicationEvent {

    /** A receipt without an applicant key, as every receipt was before the pseudonym existed. */
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
