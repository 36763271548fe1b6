package org.gongkai.events.application;

import java.time.LocalDate;

/**
 * An agency received a disclosure application on its receipt date (条例 Art. 31). Carries no personal data of the
 * applicant: the subject is what is asked for, never who asks. {@code dueOn} is the statutory answer date computed
 * with the working-day calendar in force when the fact was recorded.
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
        LocalDate dueOn)
        implements ApplicationEvent {}
