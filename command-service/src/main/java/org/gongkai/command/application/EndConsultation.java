package org.gongkai.command.application;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End a consultation; its working days are added to the due date. */
public record EndConsultation(
        @TargetAggregateIdentifier String applicationId, String consultationId, LocalDate endedOn) {}
