package org.gongkai.command.application;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.gongkai.events.application.Outcome;

/** Replace a recorded decision's outcome and/or date; the old decision stays in history. */
public record CorrectDecision(
        @TargetAggregateIdentifier String applicationId, Outcome outcome, LocalDate decidedOn, String reason) {}
