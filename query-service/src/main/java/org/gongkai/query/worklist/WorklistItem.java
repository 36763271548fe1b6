package org.gongkai.query.worklist;

import java.time.LocalDate;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.Channel;
import org.gongkai.events.application.Outcome;

/**
 * One row of the worklist. {@code state} says what the case waits for: {@code RUNNING} (the agency's clock runs),
 * {@code SUPPLEMENT} (a 补正 was asked for, until {@code supplementDueOn}), {@code PAYMENT} (a fee notice was sent,
 * payable until {@code paymentDueOn}), {@code CONSULTATION} (no due date while a consultation pauses the clock), or
 * {@code CLOSED}. {@code caseNumber} is null for applications received before numbers were allocated.
 * {@code applicantDeadlinePassed}: an open case whose supplement or payment deadline is over (the day itself still
 * counts): the applicant is deemed to have given up (DOMAIN.md §7), and only the agency can close it, as （六）1 or
 * （六）2; no clock of its own runs meanwhile, so without the flag such a case would wait unnoticed.
 */
record WorklistItem(
        String applicationId,
        String caseNumber,
        String agencyId,
        String agencyName,
        LocalDate receivedOn,
        String subject,
        ApplicantType applicantType,
        Channel channel,
        String status,
        String state,
        LocalDate dueOn,
        Long workingDaysLeft,
        LocalDate supplementDueOn,
        LocalDate paymentDueOn,
        boolean applicantDeadlinePassed,
        Outcome outcome,
        LocalDate closedOn) {}
