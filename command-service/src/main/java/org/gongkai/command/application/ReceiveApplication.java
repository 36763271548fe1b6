package org.gongkai.command.application;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.Channel;

/**
 * Register an incoming application (the registry counter's first step). {@code applicantPseudonym} is made by the
 * service from the applicant key typed at intake (ADR 0029); the key itself never reaches a command.
 */
public record ReceiveApplication(
        @TargetAggregateIdentifier String applicationId,
        String agencyId,
        LocalDate receivedOn,
        Channel channel,
        ApplicantType applicantType,
        String subject,
        String applicantPseudonym) {

    public ReceiveApplication(
            String applicationId,
            String agencyId,
            LocalDate receivedOn,
            Channel channel,
            ApplicantType applicantType,
            String subject) {
        this(applicationId, agencyId, receivedOn, channel, applicantType, subject, null);
    }
}
