package org.gongkai.command.application;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gongkai.events.application.ConsultationParty;

/** Start consulting a third party or another agency; the clock pauses. */
public record StartConsultation(
        @TargetAggregateIdentifier String applicationId,
        String consultationId,
        ConsultationParty party,
        LocalDate startedOn) {}
