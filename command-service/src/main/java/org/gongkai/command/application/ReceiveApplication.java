package org.gongkai.command.application;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gongkai.events.application.ApplicantType;
import org.gongkai.events.application.Channel;

/** Register an incoming application (the registry counter's first step). */
public record ReceiveApplication(
        @TargetAggregateIdentifier String applicationId,
        String agencyId,
        LocalDate receivedOn,
        Channel channel,
        ApplicantType applicantType,
        String subject) {}
